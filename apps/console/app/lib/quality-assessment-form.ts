/**
 * The quality page's one form (ADR 0037): a met / not met choice, the
 * evidence and, if not met, what will be done, for every Appendix 1 standard
 * the record has no facts for. One form so staff fill in a whole checklist
 * and save once; a refused post comes back with every answer as typed.
 */

/** "" leaves the standard as it is; CLEAR removes an earlier answer (it is not known again). */
export type Choice = "" | "MET" | "UNMET" | "CLEAR";

export interface AssessmentValues {
  choice: Choice;
  evidence: string;
  followUp: string;
}

/** "4.1" → "s4_1": ids and names without dots, so `#s4_1-evidence` is a plain fragment. */
export const standardKey = (id: string) => `s${id.replace(".", "_")}`;
export const fieldId = (id: string, field: "choice" | "evidence" | "followUp") =>
  `${standardKey(id)}-${field}`;

/** The posted answers by standard, for the standards the form showed. */
export function readAssessments(
  standardIds: readonly string[],
  text: (name: string) => string,
): Record<string, AssessmentValues> {
  return Object.fromEntries(
    standardIds.map((id) => {
      const choice = text(fieldId(id, "choice"));
      return [
        id,
        {
          choice: choice === "MET" || choice === "UNMET" || choice === "CLEAR" ? choice : "",
          evidence: text(fieldId(id, "evidence")),
          followUp: text(fieldId(id, "followUp")),
        },
      ];
    }),
  );
}

export type AssessmentToSend =
  | { standardId: string; met: boolean; evidence: string; followUp: string | null }
  | { standardId: string; clear: true };

/**
 * What to send: each standard with a choice. A standard left without one but
 * with something written is an error rather than silently dropped words.
 */
export function assessmentsToSend(values: Record<string, AssessmentValues>): {
  send: AssessmentToSend[];
  errors: Record<string, string>;
} {
  const send: AssessmentToSend[] = [];
  const errors: Record<string, string> = {};
  for (const [id, v] of Object.entries(values)) {
    if (v.choice === "CLEAR") send.push({ standardId: id, clear: true });
    else if (v.choice)
      send.push({
        standardId: id,
        met: v.choice === "MET",
        evidence: v.evidence,
        followUp: v.followUp.trim() ? v.followUp : null,
      });
    else if (v.evidence.trim() || v.followUp.trim())
      errors[fieldId(id, "choice")] =
        `Choose met or not met for standard ${id}, or delete what you wrote for it`;
  }
  return { send, errors };
}

/** The API's "assessments.2.evidence" as the form's field id, for the standard sent third. */
export function formFieldOf(apiField: string, sent: readonly AssessmentToSend[]): string | null {
  const match = /^assessments\.(\d+)\.(\w+)$/.exec(apiField);
  const standard = match ? sent[Number(match[1])] : undefined;
  if (!match || !standard) return null;
  const field = match[2] === "met" || match[2] === "standardId" ? "choice" : match[2];
  return field === "choice" || field === "evidence" || field === "followUp"
    ? fieldId(standard.standardId, field)
    : null;
}
