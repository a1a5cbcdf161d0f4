import { type ActionInput, validateActions } from "./actions.js";
import { type CalendarDate, daysBetween, parseCalendarDate } from "./calendar-date.js";
import type { ConsentDecision } from "./consent.js";
import type { LineOfEnquiryRecord } from "./enquiry.js";
import type { FieldError } from "./errors.js";
import type { PanelCheck } from "./panel.js";

/** Appendix 1 (§42): the CTR Code and Toolkit standards 1.1–8.3 under the eight principles. */
export const QUALITY_STANDARDS = [
  {
    id: "1.1",
    principle: 1,
    text: "The person and their family are given information about the review in advance",
  },
  {
    id: "1.2",
    principle: 1,
    text: "Before the review the commissioner ensures consent, or a best-interests decision if the person lacks capacity",
  },
  {
    id: "1.3",
    principle: 1,
    text: "The person is supported to get ready using 'My Care and Treatment Review' and 'My CTR Planner'",
  },
  {
    id: "1.4",
    principle: 1,
    text: "Reasonable adjustments are made so the person is fully involved",
  },
  {
    id: "1.5",
    principle: 1,
    text: "The panel makes time to meet the person and their family carer, together or separately as the person wishes",
  },
  {
    id: "1.6",
    principle: 1,
    text: "After the review the person and family are supported to understand what happens next",
  },
  {
    id: "2.1",
    principle: 2,
    text: "A standardised, structured approach using Key Lines of Enquiry",
  },
  {
    id: "2.2",
    principle: 2,
    text: "Evidence supporting findings is noted on the key lines of enquiry (KLOE) template",
  },
  {
    id: "2.3",
    principle: 2,
    text: "Evidence that clinical and best practice guidance has been followed is recorded",
  },
  {
    id: "2.4",
    principle: 2,
    text: "Information to answer the KLOEs is gathered before the review",
  },
  {
    id: "3.1",
    principle: 3,
    text: "Concerns about human rights are identified on the KLOE template and acted on",
  },
  { id: "3.2", principle: 3, text: "The review asks about independent advocacy" },
  {
    id: "3.3",
    principle: 3,
    text: "The review asks about legal representation (e.g. at tribunals)",
  },
  { id: "4.1", principle: 4, text: "Each review takes around a day" },
  {
    id: "4.2",
    principle: 4,
    text: "The review includes the people who are important to the person",
  },
  {
    id: "4.3",
    principle: 4,
    text: "People who are or will be supporting the person take part, including the local authority",
  },
  {
    id: "4.4",
    principle: 4,
    text: "The review asks about physical health, mental health and general wellbeing",
  },
  {
    id: "5.1",
    principle: 5,
    text: "The panel is three people: the commissioner as chair, an expert by experience and a clinical expert",
  },
  {
    id: "5.2",
    principle: 5,
    text: "The chair worked in partnership with the panel, including agreeing the report",
  },
  {
    id: "5.3",
    principle: 5,
    text: "The panel gave the person basic information about themselves (name, photo) and introduced themselves",
  },
  {
    id: "5.4",
    principle: 5,
    text: "Where the panel does not agree, differing opinions are noted on the KLOE template",
  },
  {
    id: "5.5",
    principle: 5,
    text: "The chair makes sure everyone taking part knows what a review is about",
  },
  { id: "5.6", principle: 5, text: "The review team has completed review training" },
  { id: "5.7", principle: 5, text: "Panel members all declare any conflicts of interest" },
  {
    id: "5.8",
    principle: 5,
    text: "Reasons for and expected outcomes of an admission or continued admission are recorded",
  },
  {
    id: "5.9",
    principle: 5,
    text: "The review questions care not consistent with good practice or evidence-based guidelines",
  },
  {
    id: "5.10",
    principle: 5,
    text: "The review keeps asking whether care could be delivered in a non-hospital setting",
  },
  {
    id: "5.11",
    principle: 5,
    text: "A follow-up review checks why previously agreed actions have not been carried out",
  },
  {
    id: "6.1",
    principle: 6,
    text: "The person is supported to engage fully, using their preferred communication",
  },
  {
    id: "6.2",
    principle: 6,
    text: "Someone is identified to tell the person and family about progress on actions",
  },
  {
    id: "6.3",
    principle: 6,
    text: "The commissioner's report is in words everyone understands and reaches the person, family and others within two weeks",
  },
  {
    id: "7.1",
    principle: 7,
    text: "The review checks people are safe and raises concerns where they may not be",
  },
  { id: "7.2", principle: 7, text: "Gaps in care are identified and SMART recommendations made" },
  {
    id: "7.3",
    principle: 7,
    text: "The care coordinator reflects the outcome in the Care Programme Approach (CPA) care plan",
  },
  {
    id: "7.4",
    principle: 7,
    text: "Named people embed recommendations in other plans (e.g. an Education, Health and Care plan) with clear timescales",
  },
  {
    id: "7.5",
    principle: 7,
    text: "Long-term planning to support discharge is considered at the earliest opportunity",
  },
  {
    id: "7.6",
    principle: 7,
    text: "The commissioner follows up and explains to the person and family why actions were not carried out",
  },
  {
    id: "8.1",
    principle: 8,
    text: "Where the outcome is that care cannot be in the community, the reasons are recorded on the KLOE",
  },
  {
    id: "8.2",
    principle: 8,
    text: "The review looks for up-to-date, positive and proactive risk assessment and management plans",
  },
  {
    id: "8.3",
    principle: 8,
    text: "The review asks about the person's circle of support and place in their local community",
  },
] as const;
export type StandardId = (typeof QUALITY_STANDARDS)[number]["id"];

export type StandardStatus = "MET" | "UNMET" | "UNKNOWN";

/**
 * A person's judgement on a standard the record cannot show (e.g. 4.1 "takes
 * around a day"): met or not, the evidence for it, and for "not met" what
 * will be done, with who recorded it and when (ADR 0037).
 */
export interface StandardAssessment {
  met: boolean;
  evidence: string;
  /** What will be done about it; required when not met. */
  followUp?: string | null;
  recordedBy: string;
  /** "YYYY-MM-DD". */
  recordedOn: string;
}

/** Where a standard's answer came from: facts in the record, a person's assessment, or nowhere. */
export type StandardSource = "RECORD" | "ASSESSMENT" | "NONE";

/**
 * What is known about one review. Structured facts are used where they exist
 * (consent, panel, actions, report dates) and always win; only a standard they
 * say nothing about takes a recorded assessment. Nothing recorded means
 * UNKNOWN, never MET.
 */
export interface ReviewQualityRecord {
  assessments?: Partial<Record<StandardId, StandardAssessment>>;
  consent?: ConsentDecision | null;
  panel?: PanelCheck | null;
  enquiry?: readonly LineOfEnquiryRecord[];
  /** Whether the panel disagreed on anything (standard 5.4). */
  panelDisagreed?: boolean;
  reviewDate?: string | null;
  reportSentOn?: string | null;
  reportInAccessibleLanguage?: boolean;
  actions?: readonly ActionInput[];
  /** Whether this is a follow-up review with earlier actions to check (5.11). */
  previousActionsToCheck?: boolean;
  /** The outcome was that care cannot be provided in the community (8.1). */
  outcomeHospitalNeeded?: boolean;
  hospitalReasonsRecorded?: boolean;
}

export interface StandardResult {
  id: StandardId;
  status: StandardStatus;
  rule: string;
  section: string;
  reason: string;
  source: StandardSource;
  /** The assessment the answer came from (source ASSESSMENT), else null. */
  assessment: StandardAssessment | null;
}

type Eval = (r: ReviewQualityRecord) => [StandardStatus, string] | null;

const byBreach =
  (rules: string[], label: string): Eval =>
  (r) => {
    if (!r.panel) return null;
    const hit = r.panel.breaches.filter((b) => rules.some((x) => b.rule.startsWith(x)));
    return hit.length === 0
      ? ["MET", `${label}: no breaches`]
      : ["UNMET", hit.map((b) => b.message).join("; ")];
  };

const DERIVED: Partial<Record<StandardId, Eval>> = {
  "1.2": (r) =>
    r.consent
      ? r.consent.mayProceed
        ? ["MET", `Basis: ${r.consent.basis}`]
        : ["UNMET", r.consent.missing.map((m) => m.message).join("; ")]
      : null,
  "2.1": (r) =>
    r.enquiry
      ? r.enquiry.length > 0
        ? ["MET", "Key lines of enquiry recorded"]
        : ["UNMET", "No key lines of enquiry recorded"]
      : null,
  "2.2": (r) => {
    if (!r.enquiry || r.enquiry.length === 0) return null;
    const bare = r.enquiry
      .filter((e) => e.findings.length > 0 && e.evidence.length === 0)
      .map((e) => e.kloeId);
    return bare.length === 0
      ? ["MET", "Findings have evidence noted"]
      : ["UNMET", `Findings without evidence: ${bare.join(", ")}`];
  },
  "5.1": byBreach(["PANEL_", "CHAIR_"], "Panel make-up"),
  "5.3": byBreach(["INTRODUCED_TO_PERSON"], "Introductions"),
  "5.4": (r) => {
    if (r.panelDisagreed === undefined) return null;
    if (!r.panelDisagreed) return ["MET", "The panel agreed"];
    if (!r.enquiry) return null;
    return r.enquiry.some((e) => e.differingOpinions.length > 0)
      ? ["MET", "Differing opinions are noted"]
      : ["UNMET", "The panel disagreed but no differing opinions are noted"];
  },
  "5.6": byBreach(["TRAINING_CURRENT"], "Training"),
  "5.7": byBreach(["CONFLICTS_DECLARED", "CONFLICT_UNRESOLVED"], "Conflicts of interest"),
  "5.11": (r) =>
    r.previousActionsToCheck === false ? ["MET", "No earlier actions to check"] : null,
  "6.3": (r) => {
    const review = r.reviewDate ? parseCalendarDate(r.reviewDate) : null;
    const sent = r.reportSentOn ? parseCalendarDate(r.reportSentOn) : null;
    if (!review || !sent) return null;
    const days = daysBetween(review as CalendarDate, sent as CalendarDate);
    if (days < 0) return ["UNMET", "The report is dated before the review: check the dates"];
    if (days > 14)
      return ["UNMET", `Report sent ${days} days after the review (within 14 required)`];
    if (r.reportInAccessibleLanguage === false)
      return ["UNMET", "The report is not in words everyone can understand"];
    if (r.reportInAccessibleLanguage === undefined) return null;
    return ["MET", `Report sent ${days} days after the review, in accessible language`];
  },
  "7.2": (r) => {
    if (!r.actions || !r.reviewDate) return null;
    const date = parseCalendarDate(r.reviewDate);
    if (!date) return null;
    if (r.actions.length === 0) return ["UNMET", "No recommendations recorded"];
    const problems = validateActions(r.actions, date);
    return problems.length === 0
      ? ["MET", "Every recommendation is SMART"]
      : ["UNMET", problems.map((p) => `${p.field}: ${p.message}`).join("; ")];
  },
  "7.6": (r) => {
    if (!r.actions) return null;
    const unexplained = r.actions.filter(
      (a) => a.status === "NOT_DONE" && !a.notDoneReason?.trim(),
    ).length;
    return unexplained > 0
      ? ["UNMET", `${unexplained} action(s) not done without an explanation`]
      : null;
  },
  "8.1": (r) => {
    if (r.outcomeHospitalNeeded === false)
      return ["MET", "Outcome was not that hospital care is needed"];
    if (r.outcomeHospitalNeeded && r.hospitalReasonsRecorded !== undefined)
      return r.hospitalReasonsRecorded
        ? ["MET", "Reasons recorded"]
        : ["UNMET", "Hospital care is the outcome but the reasons are not recorded"];
    return null;
  },
};

/** Evaluates every Appendix 1 standard for one review record. */
export function evaluateQualityStandards(record: ReviewQualityRecord): StandardResult[] {
  return QUALITY_STANDARDS.map((s) => {
    const derived = DERIVED[s.id]?.(record) ?? null;
    const assessed = derived ? undefined : record.assessments?.[s.id];
    let status: StandardStatus = "UNKNOWN";
    let reason = "Not recorded";
    let source: StandardSource = "NONE";
    if (derived) {
      [status, reason] = derived;
      source = "RECORD";
    } else if (assessed) {
      status = assessed.met ? "MET" : "UNMET";
      reason = assessed.evidence;
      source = "ASSESSMENT";
    }
    return {
      id: s.id,
      status,
      rule: `STANDARD_${s.id.replace(".", "_")}`,
      section: `Appendix 1 standard ${s.id}`,
      reason,
      source,
      assessment: source === "ASSESSMENT" ? (assessed ?? null) : null,
    };
  });
}

/** Whether `id` is one of the Appendix 1 standards. */
export function isStandardId(id: string): id is StandardId {
  return QUALITY_STANDARDS.some((s) => s.id === id);
}

/** The longest evidence or follow-up note: a short note, not a report. */
export const ASSESSMENT_NOTE_MAX = 1000;

export interface StandardAssessmentInput {
  standardId: string;
  met: boolean | null;
  evidence: string | null;
  followUp?: string | null;
}

/**
 * Checks one assessment before it is stored, against the review's current
 * results: a standard the record answers cannot be assessed by hand (the
 * record wins, so the assessment would never show). Fields are named as in
 * the input ("met", "evidence", "followUp", "standardId").
 */
export function validateStandardAssessment(
  input: StandardAssessmentInput,
  current: readonly StandardResult[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (!isStandardId(input.standardId))
    return [
      {
        field: "standardId",
        code: "INVALID_CHOICE",
        message: "There is no standard with this number in Appendix 1",
      },
    ];
  const result = current.find((r) => r.id === input.standardId);
  if (result?.source === "RECORD")
    return [
      {
        field: "standardId",
        code: "STANDARD_ANSWERED_BY_RECORD",
        message: `Standard ${input.standardId} is answered from the record (${result.reason}): change the record instead`,
      },
    ];
  if (input.met === null)
    errors.push({ field: "met", code: "REQUIRED", message: "Choose met or not met" });
  const evidence = input.evidence?.trim() ?? "";
  if (!evidence)
    errors.push({
      field: "evidence",
      code: "REQUIRED",
      message: "Say what shows this, for example where it is written down or who saw it",
    });
  else if (evidence.length > ASSESSMENT_NOTE_MAX)
    errors.push({
      field: "evidence",
      code: "TOO_LONG",
      message: `Keep the evidence to ${ASSESSMENT_NOTE_MAX} characters or fewer (it has ${evidence.length})`,
    });
  const followUp = input.followUp?.trim() ?? "";
  if (input.met === false && !followUp)
    errors.push({
      field: "followUp",
      code: "REQUIRED",
      message: "Say what will be done, as the standard was not met",
    });
  else if (followUp.length > ASSESSMENT_NOTE_MAX)
    errors.push({
      field: "followUp",
      code: "TOO_LONG",
      message: `Keep what will be done to ${ASSESSMENT_NOTE_MAX} characters or fewer (it has ${followUp.length})`,
    });
  return errors;
}

/** Counts for a dashboard. */
export function summariseStandards(
  results: readonly StandardResult[],
): Record<StandardStatus, number> {
  const out: Record<StandardStatus, number> = { MET: 0, UNMET: 0, UNKNOWN: 0 };
  for (const r of results) out[r.status] += 1;
  return out;
}
