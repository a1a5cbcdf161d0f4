/**
 * Words for the register (Appendix 2, Figure 11) in the console. The risk
 * factors and the minimum dataset's questions are @cetr/domain's, as the
 * policy writes them; the console adds how each answer is asked.
 */
import {
  MINIMUM_DATASET as DOMAIN_MINIMUM_DATASET,
  type MinimumDatasetField,
  RISK_FACTORS,
  type RiskFactorId,
} from "@cetr/domain";

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

/** Appendix 2 risk factors, in the policy's order, as @cetr/domain words them. */
export { RISK_FACTORS, type RiskFactorId } from "@cetr/domain";

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

/** How each Figure 11 answer is asked, by field. */
const HOW_ASKED: Record<MinimumDatasetField, DatasetKind> = {
  identity: { kind: "yesNo" },
  diagnosis: {
    kind: "choice",
    options: [
      { value: "LEARNING_DISABILITY", label: "Learning disability" },
      { value: "AUTISM", label: "Autism" },
      { value: "BOTH", label: "Both" },
    ],
  },
  ageGroup: {
    kind: "choice",
    options: [
      { value: "CHILD", label: "Child" },
      { value: "YOUNG_PERSON", label: "Young person" },
      { value: "ADULT", label: "Adult" },
    ],
  },
  mentalHealthDiagnosis: {
    kind: "yesNo",
  },
  behaviourThatChallenges: {
    kind: "yesNo",
  },
  criminalJusticeHistory: {
    kind: "yesNo",
  },
  lastAnnualHealthCheck: { kind: "date" },
  residentialPlacementOrTransition: {
    kind: "yesNo",
    hint: "Only needed for a child or young person",
  },
  cpaCareCoordinator: { kind: "text" },
  serviceProvider: { kind: "text" },
  carePlanWithContingencyAndRisk: {
    kind: "yesNo",
  },
  lastCpaReview: {
    kind: "date",
  },
  nextCpaMeeting: { kind: "date" },
  crisisContacts: {
    kind: "longText",
  },
  keyRisks: { kind: "longText" },
  previousAdmissions: {
    kind: "yesNo",
  },
  personalBudgetOffered: {
    kind: "yesNo",
  },
  personWishes: { kind: "longText" },
  familyWishes: { kind: "longText" },
  currentCarePackage: { kind: "longText" },
  advocateInvolved: { kind: "yesNo" },
};

/** Figure 11, in the policy's order and words (@cetr/domain MINIMUM_DATASET), with how each is asked. */
export const MINIMUM_DATASET: readonly ({
  field: MinimumDatasetField;
  label: string;
} & DatasetKind)[] = DOMAIN_MINIMUM_DATASET.map((item) => ({ ...item, ...HOW_ASKED[item.field] }));

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
