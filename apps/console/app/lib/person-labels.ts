/** Plain words for the API's codes on the console's person pages. */

export const LEGAL_STATUS_LABELS: Record<string, string> = {
  COMMUNITY_TREATMENT_ORDER: "Community treatment order",
  CONDITIONAL_DISCHARGE: "Conditional discharge",
  COURT_OF_PROTECTION_ORDER: "Court of Protection order",
  DEPRIVATION_OF_LIBERTY: "Deprivation of Liberty Safeguards",
  DETAINED_MHA: "Detained under the Mental Health Act",
  INFORMAL: "Informal (not detained)",
  NOT_RECORDED: "Not recorded",
};

/** "S37_41" → "section 37/41". */
export function mentalHealthActSectionLabel(section: string): string {
  if (section === "OTHER") return "another section";
  if (section === "S7_GUARDIANSHIP") return "section 7 (guardianship)";
  return `section ${section.slice(1).replace("_", "/")}`;
}

export const PREFERRED_FORMAT_LABELS: Record<string, string> = {
  EASY_READ: "Easy read",
  OTHER_LANGUAGE: "Another language",
  PLAIN: "Plain English",
};

export const INTERPRETER_LABELS: Record<string, string> = {
  BSL: "British Sign Language interpreter",
  NONE: "No interpreter needed",
  OTHER: "Another kind of interpreter",
  SPOKEN_LANGUAGE: "Spoken language interpreter",
};

export const HOSPITAL_SETTING_LABELS: Record<string, string> = {
  ACUTE_MH_PLANNED_CRISIS: "acute mental health (planned crisis stay)",
  GENERAL_HOSPITAL_PHYSICAL: "general hospital (physical health)",
  HIGH_SECURE: "high secure hospital",
  LD_MH_NON_SECURE: "learning disability or mental health hospital (not secure)",
  LOW_SECURE: "low secure hospital",
  MEDIUM_SECURE: "medium secure hospital",
};

export const REVIEW_KIND_LABELS: Record<string, string> = {
  COMMUNITY: "Community review",
  HIGHER_SECURITY: "Review before a move to higher security",
  INPATIENT: "Review in hospital",
  ON_REQUEST: "Review someone asked for",
  POST_ADMISSION: "Review after going into hospital",
};

export const REVIEW_STATUS_LABELS: Record<string, string> = {
  REQUESTED: "Requested",
  PLANNED: "Planned",
  CONSENT_PENDING: "Waiting for consent",
  SCHEDULED: "Scheduled",
  HELD: "Held, report not written",
  REPORT_DRAFTED: "Report written, not sent",
  REPORT_SENT: "Report sent",
  FOLLOW_UP: "Following up actions",
  CLOSED: "Closed",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
  EXEMPT: "Exempt",
};

export interface SettingEventLike {
  kind: string;
  occurredOn: string;
  setting?: string | null;
  provider?: { name: string } | null;
}

/**
 * Where someone is now, from their setting history (oldest first): in
 * hospital after an admission or transfer, otherwise in the community.
 */
export function currentSetting(history: readonly SettingEventLike[]): {
  summary: string;
  since: string | null;
} {
  const inHospital = (kind: string) => kind === "ADMISSION" || kind === "TRANSFER";
  const last = [...history].reverse().find((e) => e.kind !== "ADMISSION_CONSIDERED");
  const considered = history.at(-1)?.kind === "ADMISSION_CONSIDERED" ? history.at(-1) : undefined;
  if (last && inHospital(last.kind)) {
    const where = last.setting ? HOSPITAL_SETTING_LABELS[last.setting] : "hospital";
    const at = last.provider ? ` at ${last.provider.name}` : "";
    return { summary: `In hospital: ${where}${at}`, since: last.occurredOn };
  }
  if (considered)
    return {
      summary: "In the community: going into hospital is being considered",
      since: considered.occurredOn,
    };
  if (last) return { summary: "In the community", since: last.occurredOn };
  return { summary: "In the community (no hospital stays recorded)", since: null };
}

/** Whole years between a date of birth and today (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  if (!by || !bm || !bd || !ty || !tm || !td) return 0;
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
