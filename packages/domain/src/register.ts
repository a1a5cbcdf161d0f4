import { type CalendarDate, compareCalendarDates, parseCalendarDate } from "./calendar-date.js";
import type { RuleReason } from "./errors.js";

/**
 * The local register of people at risk of admission (Appendix 2, Figure 11).
 * The 2017 policy defines the register, risk factors and minimum dataset; the
 * red/amber/green/blue ratings come from the 2023 Dynamic Support Register
 * guidance (docs/domain.md), not from the 2017 text.
 */
export const REGISTER_RATINGS_INFO = {
  RED: {
    meaning: "At risk of admission now: urgent action needed",
    section: "DSR 2023 (docs/domain.md)",
  },
  AMBER: {
    meaning: "At risk of admission without the right support soon",
    section: "DSR 2023 (docs/domain.md)",
  },
  GREEN: {
    meaning: "Risks are managed at home with current support",
    section: "DSR 2023 (docs/domain.md)",
  },
  BLUE: { meaning: "In hospital", section: "DSR 2023 (docs/domain.md)" },
} as const;
export type Rating = keyof typeof REGISTER_RATINGS_INFO;

export interface RatingEntry {
  rating: Rating;
  date: CalendarDate;
  reason: string;
  /** Who decided: ratings are human decisions, never automatic. */
  decidedBy: string;
}

export type RatingHistory = readonly RatingEntry[];

/**
 * Adds a rating to a history (kept oldest first). History matters: staff
 * look at how someone moved between ratings, so entries are never rewritten.
 */
export function addRating(
  history: RatingHistory,
  entry: { rating: Rating; date: string; reason: string; decidedBy: string },
): { ok: true; history: RatingEntry[] } | { ok: false; reasons: RuleReason[] } {
  const reasons: RuleReason[] = [];
  const date = parseCalendarDate(entry.date);
  if (!date)
    reasons.push({
      code: "DATE_INVALID",
      rule: "RATING_DATE",
      section: "Appendix 2",
      message: "The rating date must be a real date",
      field: "date",
    });
  if (!(entry.rating in REGISTER_RATINGS_INFO))
    reasons.push({
      code: "INVALID_CHOICE",
      rule: "RATING_VALUE",
      section: "Appendix 2",
      message: "Rating must be red, amber, green or blue",
      field: "rating",
    });
  if (entry.reason.trim() === "")
    reasons.push({
      code: "REQUIRED",
      rule: "RATING_REASON",
      section: "Appendix 2",
      message: "Say why the rating is given",
      field: "reason",
    });
  if (entry.decidedBy.trim() === "")
    reasons.push({
      code: "REQUIRED",
      rule: "RATING_DECIDED_BY",
      section: "Appendix 2",
      message: "Record who decided the rating",
      field: "decidedBy",
    });
  const last = history[history.length - 1];
  if (date && last && compareCalendarDates(date, last.date) < 0)
    reasons.push({
      code: "RATING_HISTORY_OUT_OF_ORDER",
      rule: "RATING_ORDER",
      section: "Appendix 2",
      message: `The rating is dated before the previous one (${last.date})`,
      field: "date",
    });
  if (reasons.length > 0 || !date) return { ok: false, reasons };
  return {
    ok: true,
    history: [
      ...history,
      {
        rating: entry.rating,
        date,
        reason: entry.reason.trim(),
        decidedBy: entry.decidedBy.trim(),
      },
    ],
  };
}

/** Admission makes the rating blue: the person is now in hospital. */
export function ratingOnAdmission(
  history: RatingHistory,
  admissionDate: string,
  decidedBy: string,
) {
  return addRating(history, {
    rating: "BLUE",
    date: admissionDate,
    reason: "Admitted to hospital",
    decidedBy,
  });
}

export function currentRating(history: RatingHistory): RatingEntry | null {
  return history[history.length - 1] ?? null;
}

/** Appendix 2: factors that may place someone at risk of admission (the list is not exhaustive). */
export const RISK_FACTORS = [
  {
    id: "LIFE_EVENTS",
    label: "Significant life events and/or change such as bereavement or abuse",
  },
  { id: "UNSTABLE_MENTAL_ILLNESS", label: "Unstable or untreated mental illness" },
  {
    id: "PHYSICAL_PAIN_OR_DISTRESS",
    label: "Pain or distress from physical health issues (diagnosed and undiagnosed)",
  },
  { id: "PREVIOUS_ADMISSIONS", label: "Previous history of admission(s)" },
  {
    id: "MHA_OR_DOLS",
    label: "Subject to the Mental Health Act or Deprivation of Liberty Safeguards",
  },
  { id: "BEHAVIOURAL_CHALLENGES", label: "Presenting significant behavioural challenges" },
  {
    id: "UNSTABLE_ENVIRONMENT",
    label: "Supported in an unstable environment or by a changing staff team",
  },
  { id: "NOT_KNOWN_TO_LD_SERVICES", label: "Not previously known to learning disability services" },
  { id: "NO_FIXED_ADDRESS", label: "Having no fixed address" },
  { id: "CRIMINAL_JUSTICE_CONTACT", label: "In contact with the criminal justice system" },
  { id: "CRISIS_AT_A_AND_E", label: "Presenting in crisis at Accident and Emergency departments" },
  { id: "NO_FAMILY_OR_ADVOCATE", label: "Having no family carers or advocates" },
  { id: "DRUG_ALCOHOL", label: "Drug and alcohol addiction problems" },
  {
    id: "NO_PLANNED_TRANSITION",
    label: "No effectively planned transition from child to adult learning disability services",
  },
  { id: "RESIDENTIAL_SCHOOL_52_WEEK", label: "Placed in a specialist 52-week residential school" },
  { id: "RECENT_LONG_STAY_DISCHARGE", label: "Recently discharged from long-stay hospital beds" },
  { id: "YOUTH_OFFENDING_SERVICES", label: "Receiving services from youth offending teams" },
  { id: "CONTINUING_HEALTHCARE", label: "Receiving Continuing Healthcare funding" },
] as const;
export type RiskFactorId = (typeof RISK_FACTORS)[number]["id"];

/** Appendix 2: circumstances the monitoring approach must take account of. */
export const MONITORING_TRIGGERS = [
  {
    id: "SERIOUS_RISK_OF_HARM",
    label: "Placing themselves or others at serious and/or significant risk of harm",
  },
  {
    id: "PLACEMENT_BREAKDOWN",
    label:
      "Community placement or tenancy at risk of irretrievable breakdown, posing significant risk",
  },
  { id: "ADMISSION_CONSIDERED", label: "Hospital admission is being considered as an option" },
  {
    id: "UNPLANNED_ADMISSION_LAST_YEAR",
    label: "An unplanned hospital admission in the last year",
  },
  {
    id: "CRISIS_TEAM_LAST_YEAR",
    label: "Managed by a crisis team or similar to avoid admission in the last year",
  },
] as const;
export type MonitoringTriggerId = (typeof MONITORING_TRIGGERS)[number]["id"];

/** Figure 11: the minimum dataset for a local register. */
export const MINIMUM_DATASET = [
  { field: "identity", label: "Identifiable information (name or NHS number)" },
  { field: "diagnosis", label: "Learning disability, autism or both" },
  { field: "ageGroup", label: "Child, young person or adult" },
  { field: "mentalHealthDiagnosis", label: "Does the person have a mental health diagnosis?" },
  {
    field: "behaviourThatChallenges",
    label: "Does the person present significant behavioural challenges?",
  },
  {
    field: "criminalJusticeHistory",
    label: "History of contact with the criminal justice system?",
  },
  { field: "lastAnnualHealthCheck", label: "Date of the last annual health check" },
  {
    field: "residentialPlacementOrTransition",
    label:
      "For a child: 52-week residential placement / transition between children's and adults' services?",
  },
  { field: "cpaCareCoordinator", label: "Name of allocated CPA care coordinator" },
  { field: "serviceProvider", label: "Name of service provider" },
  {
    field: "carePlanWithContingencyAndRisk",
    label: "Current care plan with contingency planning and current risk assessment?",
  },
  { field: "lastCpaReview", label: "Date of last review of CPA care plan and risk assessment" },
  { field: "nextCpaMeeting", label: "Date of the next CPA meeting" },
  { field: "crisisContacts", label: "Key people to contact for urgent crisis intervention" },
  { field: "keyRisks", label: "Key areas of risk" },
  {
    field: "previousAdmissions",
    label: "Previous admissions to specialist learning disability or mental health hospitals?",
  },
  {
    field: "personalBudgetOffered",
    label: "Offered a personal budget, personal health budget or integrated personal budget?",
  },
  { field: "personWishes", label: "The person's wishes" },
  { field: "familyWishes", label: "The family's wishes" },
  { field: "currentCarePackage", label: "Current package of care" },
  { field: "advocateInvolved", label: "Is an advocate involved?" },
] as const;
export type MinimumDatasetField = (typeof MINIMUM_DATASET)[number]["field"];

export type RegisterRecord = Partial<Record<MinimumDatasetField, string | boolean | number | null>>;

export interface DatasetCompleteness {
  complete: boolean;
  percentComplete: number;
  missing: { field: MinimumDatasetField; label: string; section: string }[];
}

const isChildGroup = (v: RegisterRecord["ageGroup"]) =>
  typeof v === "string" && /child|young/i.test(v);

/**
 * Lists what is missing from Figure 11. "No" (false) is an answer; only
 * absent or blank values are missing. The residential-placement question
 * only applies to children.
 */
export function checkMinimumDataset(record: RegisterRecord): DatasetCompleteness {
  const applicable = MINIMUM_DATASET.filter(
    (d) => d.field !== "residentialPlacementOrTransition" || isChildGroup(record.ageGroup),
  );
  const missing = applicable
    .filter((d) => {
      const v = record[d.field];
      return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
    })
    .map((d) => ({ field: d.field, label: d.label, section: "Appendix 2; Figure 11" }));
  return {
    complete: missing.length === 0,
    percentComplete: Math.floor(((applicable.length - missing.length) / applicable.length) * 100),
    missing,
  };
}

export interface RatingFacts {
  inHospital: boolean;
  riskFactors: readonly RiskFactorId[];
  triggers: readonly MonitoringTriggerId[];
}

export interface RatingSuggestion {
  /** Always "ADVICE": a person decides the rating and records it with addRating. */
  kind: "ADVICE";
  suggested: Rating;
  reasons: string[];
  disclaimer: string;
}

/**
 * Suggests a rating from recorded facts. Advice only: it is never applied
 * automatically, because a rating changes who gets urgent attention and must
 * be a professional judgement made with the person and family.
 */
export function suggestRating(facts: RatingFacts): RatingSuggestion {
  const disclaimer =
    "Suggestion only. The rating is decided by the team with the person and family, and recorded with a reason.";
  const label = (id: string) =>
    [...RISK_FACTORS, ...MONITORING_TRIGGERS].find((x) => x.id === id)?.label ?? id;
  if (facts.inHospital)
    return { kind: "ADVICE", suggested: "BLUE", reasons: ["In hospital"], disclaimer };
  const urgent = facts.triggers.filter(
    (t) =>
      t === "SERIOUS_RISK_OF_HARM" || t === "PLACEMENT_BREAKDOWN" || t === "ADMISSION_CONSIDERED",
  );
  if (urgent.length > 0)
    return { kind: "ADVICE", suggested: "RED", reasons: urgent.map(label), disclaimer };
  const recent = facts.triggers.filter(
    (t) => t === "UNPLANNED_ADMISSION_LAST_YEAR" || t === "CRISIS_TEAM_LAST_YEAR",
  );
  if (recent.length > 0 || facts.riskFactors.length > 0)
    return {
      kind: "ADVICE",
      suggested: "AMBER",
      reasons: [...recent, ...facts.riskFactors].map(label),
      disclaimer,
    };
  return {
    kind: "ADVICE",
    suggested: "GREEN",
    reasons: ["No risk factors or monitoring triggers recorded"],
    disclaimer,
  };
}
