/**
 * Words for the register (Appendix 2, Figure 11) in the console. The risk
 * factor and minimum dataset labels are @cetr/domain's (Appendix 2 and Figure
 * 11 as written); the console cannot import the domain package, so a unit
 * test (test/register-labels.test.ts) keeps these copies identical to it.
 */

export const RATINGS = ["RED", "AMBER", "GREEN", "BLUE"] as const;
export type Rating = (typeof RATINGS)[number];

export const isRating = (value: string): value is Rating =>
  (RATINGS as readonly string[]).includes(value);

/** @cetr/ui Tag colours for each rating; the word is always shown too (colour is never the only cue). */
export const RATING_TAG_COLOUR = {
  RED: "red",
  AMBER: "yellow",
  GREEN: "green",
  BLUE: "blue",
} as const;

export const CONSENT_BASES = [
  "PERSON_WITH_CAPACITY",
  "PARENTAL_RESPONSIBILITY",
  "GILLICK_COMPETENT_CHILD",
  "LASTING_POWER_OF_ATTORNEY",
  "BEST_INTERESTS",
  "PROTECT_FROM_HARM",
] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

export const CONSENT_BASIS_LABELS: Record<ConsentBasis, string> = {
  PERSON_WITH_CAPACITY: "The person agreed",
  PARENTAL_RESPONSIBILITY: "Someone with parental responsibility agreed",
  GILLICK_COMPETENT_CHILD: "The young person agreed (Gillick competent)",
  LASTING_POWER_OF_ATTORNEY: "Someone with lasting power of attorney agreed",
  BEST_INTERESTS: "A best-interests decision",
  PROTECT_FROM_HARM: "To protect them or others from serious harm",
};

export const CONSENT_BASIS_HINTS: Partial<Record<ConsentBasis, string>> = {
  PERSON_WITH_CAPACITY: "They have capacity to decide and said yes",
  BEST_INTERESTS: "They cannot decide for themselves: record who decided, when and why",
  PROTECT_FROM_HARM: "Without consent, only where sharing is needed to prevent serious harm",
};

/** Appendix 2 risk factors, in the policy's order (@cetr/domain RISK_FACTORS). */
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

export const isRiskFactor = (value: string): value is RiskFactorId =>
  RISK_FACTORS.some((f) => f.id === value);

export const riskFactorLabel = (id: string): string =>
  RISK_FACTORS.find((f) => f.id === id)?.label ?? id;

/**
 * How each Figure 11 answer is asked: yes/no, a date, one of a few choices,
 * a short text or a longer one. Stored in the entry's minimum dataset as
 * true/false, "YYYY-MM-DD", the choice's code, or the text.
 */
export type DatasetKind =
  | { kind: "yesNo"; hint?: string }
  | { kind: "date" }
  | { kind: "choice"; options: readonly { value: string; label: string }[] }
  | { kind: "text" }
  | { kind: "longText" };

/** Figure 11, in the policy's order (@cetr/domain MINIMUM_DATASET), with how each is asked. */
export const MINIMUM_DATASET: readonly ({ field: string; label: string } & DatasetKind)[] = [
  { field: "identity", label: "Identifiable information (name or NHS number)", kind: "yesNo" },
  {
    field: "diagnosis",
    label: "Learning disability, autism or both",
    kind: "choice",
    options: [
      { value: "LEARNING_DISABILITY", label: "Learning disability" },
      { value: "AUTISM", label: "Autism" },
      { value: "BOTH", label: "Both" },
    ],
  },
  {
    field: "ageGroup",
    label: "Child, young person or adult",
    kind: "choice",
    options: [
      { value: "CHILD", label: "Child" },
      { value: "YOUNG_PERSON", label: "Young person" },
      { value: "ADULT", label: "Adult" },
    ],
  },
  {
    field: "mentalHealthDiagnosis",
    label: "Does the person have a mental health diagnosis?",
    kind: "yesNo",
  },
  {
    field: "behaviourThatChallenges",
    label: "Does the person present significant behavioural challenges?",
    kind: "yesNo",
  },
  {
    field: "criminalJusticeHistory",
    label: "History of contact with the criminal justice system?",
    kind: "yesNo",
  },
  { field: "lastAnnualHealthCheck", label: "Date of the last annual health check", kind: "date" },
  {
    field: "residentialPlacementOrTransition",
    label:
      "For a child: 52-week residential placement / transition between children's and adults' services?",
    kind: "yesNo",
    hint: "Only needed for a child or young person",
  },
  { field: "cpaCareCoordinator", label: "Name of allocated CPA care coordinator", kind: "text" },
  { field: "serviceProvider", label: "Name of service provider", kind: "text" },
  {
    field: "carePlanWithContingencyAndRisk",
    label: "Current care plan with contingency planning and current risk assessment?",
    kind: "yesNo",
  },
  {
    field: "lastCpaReview",
    label: "Date of last review of CPA care plan and risk assessment",
    kind: "date",
  },
  { field: "nextCpaMeeting", label: "Date of the next CPA meeting", kind: "date" },
  {
    field: "crisisContacts",
    label: "Key people to contact for urgent crisis intervention",
    kind: "longText",
  },
  { field: "keyRisks", label: "Key areas of risk", kind: "longText" },
  {
    field: "previousAdmissions",
    label: "Previous admissions to specialist learning disability or mental health hospitals?",
    kind: "yesNo",
  },
  {
    field: "personalBudgetOffered",
    label: "Offered a personal budget, personal health budget or integrated personal budget?",
    kind: "yesNo",
  },
  { field: "personWishes", label: "The person's wishes", kind: "longText" },
  { field: "familyWishes", label: "The family's wishes", kind: "longText" },
  { field: "currentCarePackage", label: "Current package of care", kind: "longText" },
  { field: "advocateInvolved", label: "Is an advocate involved?", kind: "yesNo" },
];

/** One stored answer in words: "Yes"/"No", a choice's label, a date as written, or the text. */
export function datasetAnswerText(field: string, value: unknown): string {
  const spec = MINIMUM_DATASET.find((d) => d.field === field);
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (spec?.kind === "choice") {
    return spec.options.find((o) => o.value === value)?.label ?? String(value);
  }
  return String(value);
}
