import type { ErrorCode, RuleReason } from "./errors.js";

/**
 * Consent and capacity (§6, §26, §7.1.1, standard 1.2). A review needs one
 * valid basis; information sharing needs one per purpose (§6: capacity and
 * best interests are decision- and purpose-specific).
 */
export type ConsentAnswer = "GIVEN" | "REFUSED" | "NOT_ASKED";

export type CapacityOutcome = "HAS_CAPACITY" | "LACKS_CAPACITY";

export interface CapacityAssessment {
  /** What the assessment was about; capacity is decision-specific (§6). */
  decision: "REVIEW" | "INFORMATION_SHARING";
  outcome: CapacityOutcome;
  /** Capacity can come and go; decisions wait for its return unless delay harms (§6). */
  fluctuating?: boolean;
}

export interface ConsentFacts {
  age: number;
  /** The person's own answer, when asked. */
  personConsent: ConsentAnswer;
  /** §6 informed consent: understands why, what will be shared and with whom, given a genuine choice. */
  personConsentInformed?: boolean;
  capacityAssessments?: CapacityAssessment[];
  /** Gillick competence for this decision (under-16s only; §26). */
  gillickCompetent?: boolean | null;
  /** Answer of someone with parental responsibility (children, §26). */
  parentalResponsibilityConsent?: ConsentAnswer;
  /** Lasting power of attorney for health and welfare, registered with the Office of the Public Guardian (§6 fn 8). */
  lastingPowerOfAttorney?: { registered: boolean; consent: ConsentAnswer } | null;
  /** Mental Capacity Act 2005 best-interests decision, formally documented (§6, §26). */
  bestInterestsDecision?: { documented: boolean } | null;
  /** Refusal handling (§6, §26): reasons explored, implications explained, care not affected. */
  refusal?: {
    reasonsExplored: boolean;
    implicationsExplained: boolean;
    careUnaffectedAssured: boolean;
  } | null;
}

export interface SharingPurpose {
  purpose: string;
  consent: ConsentAnswer;
  /** A best-interests decision made for this purpose (§6: "for each purpose"). */
  bestInterests?: boolean;
  /** Sharing without consent to protect someone from harm: proportionate, basis recorded (§6). */
  protectFromHarm?: { proportionate: boolean; basisRecorded: boolean } | null;
}

export type ConsentBasis =
  | "PERSON_WITH_CAPACITY"
  | "GILLICK_COMPETENT_CHILD"
  | "PARENTAL_RESPONSIBILITY"
  | "LASTING_POWER_OF_ATTORNEY"
  | "BEST_INTERESTS"
  | "PROTECT_FROM_HARM";

export interface ConsentDecision {
  mayProceed: boolean;
  basis: ConsentBasis | null;
  refused: boolean;
  /** Who has capacity for the decision in law: presumed from 16 (§26). */
  capacity:
    | "PRESUMED"
    | "ASSESSED_HAS"
    | "ASSESSED_LACKS"
    | "PRESUMED_LACKING_UNDER_16"
    | "GILLICK_COMPETENT";
  /** Everything that is missing before the review may go ahead. */
  missing: RuleReason[];
  /** Things to record even though the review may not go ahead (refusal handling). */
  followUp: RuleReason[];
}

export interface SharingDecision {
  purpose: string;
  mayShare: boolean;
  basis: ConsentBasis | null;
  missing: RuleReason[];
}

const reason = (
  code: ErrorCode,
  rule: string,
  section: string,
  message: string,
  field: string | null = null,
): RuleReason => ({
  code,
  rule,
  section,
  message,
  field,
});

function assessment(
  facts: ConsentFacts,
  decision: CapacityAssessment["decision"],
): CapacityAssessment | undefined {
  return facts.capacityAssessments?.find((a) => a.decision === decision);
}

/**
 * Decides whether the review itself may proceed, and on what basis. Every
 * missing piece is listed so the coordinator can fix them in one go.
 */
export function decideReviewConsent(facts: ConsentFacts): ConsentDecision {
  const missing: RuleReason[] = [];
  const followUp: RuleReason[] = [];
  const a = assessment(facts, "REVIEW");
  const under16 = facts.age < 16;
  let capacity: ConsentDecision["capacity"];
  if (a) capacity = a.outcome === "HAS_CAPACITY" ? "ASSESSED_HAS" : "ASSESSED_LACKS";
  else if (!under16) capacity = "PRESUMED";
  else capacity = facts.gillickCompetent ? "GILLICK_COMPETENT" : "PRESUMED_LACKING_UNDER_16";
  if (under16 && a?.outcome === "HAS_CAPACITY") capacity = "GILLICK_COMPETENT";
  const ownDecision =
    capacity === "PRESUMED" || capacity === "ASSESSED_HAS" || capacity === "GILLICK_COMPETENT";

  const refusalChecks = () => {
    const r = facts.refusal;
    if (!r?.reasonsExplored)
      followUp.push(
        reason(
          "REFUSAL_REASONS_NOT_EXPLORED",
          "REFUSAL_REASONS",
          "§6",
          "Explore and record the reasons for refusing",
          "refusal.reasonsExplored",
        ),
      );
    if (!r?.implicationsExplained)
      followUp.push(
        reason(
          "REFUSAL_REASONS_NOT_EXPLORED",
          "REFUSAL_IMPLICATIONS",
          "§6",
          "Explain what refusing means",
          "refusal.implicationsExplained",
        ),
      );
    if (!r?.careUnaffectedAssured)
      followUp.push(
        reason(
          "REFUSAL_REASONS_NOT_EXPLORED",
          "REFUSAL_CARE_UNAFFECTED",
          "§6",
          "Reassure the person that refusing does not affect their current care",
          "refusal.careUnaffectedAssured",
        ),
      );
  };

  // A refusal ends the decision here; the follow-up says how to respond to it.
  const refused = (
    rule: string,
    section: string,
    message: string,
    field: string,
  ): ConsentDecision => {
    refusalChecks();
    return {
      mayProceed: false,
      basis: null,
      refused: true,
      capacity,
      missing: [reason("CONSENT_REFUSED", rule, section, message, field)],
      followUp,
    };
  };

  if (ownDecision) {
    const basis: ConsentBasis =
      capacity === "GILLICK_COMPETENT" ? "GILLICK_COMPETENT_CHILD" : "PERSON_WITH_CAPACITY";
    const section = basis === "GILLICK_COMPETENT_CHILD" ? "§26" : facts.age < 18 ? "§26" : "§6";
    if (facts.personConsent === "REFUSED") {
      return refused(
        "PERSON_REFUSED",
        section,
        "The person has capacity for this decision and has refused: the review cannot go ahead",
        "personConsent",
      );
    }
    if (facts.personConsent === "NOT_ASKED")
      missing.push(
        reason(
          "CONSENT_MISSING",
          "PERSON_CONSENT",
          section,
          capacity === "PRESUMED" && facts.age < 18
            ? "Ask the young person: 16–17-year-olds are presumed to have capacity"
            : "Ask the person for consent to the review and the information sharing it needs",
          "personConsent",
        ),
      );
    else if (facts.personConsentInformed === false)
      missing.push(
        reason(
          "CONSENT_NOT_INFORMED",
          "INFORMED_CONSENT",
          "§6",
          "Consent is only valid if informed: explain why, what will be shared and with whom, and that they can say no",
          "personConsentInformed",
        ),
      );
    if (a?.fluctuating && facts.personConsent === "GIVEN")
      followUp.push(
        reason(
          "CAPACITY_NOT_ASSESSED",
          "FLUCTUATING_CAPACITY",
          "§6",
          "Capacity fluctuates: check consent still stands on the day",
          "capacityAssessments",
        ),
      );
    return {
      mayProceed: missing.length === 0,
      basis: missing.length === 0 ? basis : null,
      refused: false,
      capacity,
      missing,
      followUp,
    };
  }

  // The person cannot decide for themselves: someone else, or a documented best-interests decision.
  if (under16) {
    if (facts.gillickCompetent === undefined || facts.gillickCompetent === null)
      followUp.push(
        reason(
          "CAPACITY_NOT_ASSESSED",
          "GILLICK",
          "§26",
          "Consider whether the child is Gillick competent to decide for themselves",
          "gillickCompetent",
        ),
      );
    const pr = facts.parentalResponsibilityConsent ?? "NOT_ASKED";
    if (pr === "GIVEN")
      return {
        mayProceed: true,
        basis: "PARENTAL_RESPONSIBILITY",
        refused: false,
        capacity,
        missing,
        followUp,
      };
    if (pr === "REFUSED") {
      return refused(
        "PARENTAL_RESPONSIBILITY_REFUSED",
        "§26",
        "The person with parental responsibility has refused: explore reasons, consider reasonableness, then seek advice",
        "parentalResponsibilityConsent",
      );
    }
    missing.push(
      reason(
        "CONSENT_MISSING",
        "PARENTAL_RESPONSIBILITY",
        "§26",
        "Ask someone with parental responsibility for consent",
        "parentalResponsibilityConsent",
      ),
    );
    return { mayProceed: false, basis: null, refused: false, capacity, missing, followUp };
  }

  // 16 and over, assessed as lacking capacity for this decision.
  const lpa = facts.lastingPowerOfAttorney;
  if (lpa && facts.age >= 18) {
    if (lpa.registered && lpa.consent === "GIVEN")
      return {
        mayProceed: true,
        basis: "LASTING_POWER_OF_ATTORNEY",
        refused: false,
        capacity,
        missing,
        followUp,
      };
    if (lpa.registered && lpa.consent === "REFUSED") {
      return refused(
        "LPA_REFUSED",
        "§6",
        "The attorney for health and welfare has refused",
        "lastingPowerOfAttorney.consent",
      );
    }
    if (!lpa.registered)
      missing.push(
        reason(
          "CONSENT_MISSING",
          "LPA_REGISTERED",
          "§6",
          "A lasting power of attorney must be registered with the Office of the Public Guardian",
          "lastingPowerOfAttorney.registered",
        ),
      );
  }
  if (facts.age < 18 && facts.parentalResponsibilityConsent === "GIVEN")
    return {
      mayProceed: true,
      basis: "PARENTAL_RESPONSIBILITY",
      refused: false,
      capacity,
      missing: [],
      followUp,
    };
  if (facts.bestInterestsDecision?.documented)
    return {
      mayProceed: true,
      basis: "BEST_INTERESTS",
      refused: false,
      capacity,
      missing: [],
      followUp,
    };
  missing.push(
    facts.bestInterestsDecision
      ? reason(
          "BEST_INTERESTS_NOT_DOCUMENTED",
          "BEST_INTERESTS_DOCUMENTED",
          "§26",
          "The best-interests decision must be formally documented",
          "bestInterestsDecision.documented",
        )
      : reason(
          "NO_CONSENT_BASIS",
          "BEST_INTERESTS",
          "§6",
          "The person lacks capacity for this decision: record a best-interests decision under the Mental Capacity Act 2005" +
            (facts.age >= 18
              ? ", or consent from a registered health and welfare attorney"
              : ", or consent from someone with parental responsibility"),
          "bestInterestsDecision",
        ),
  );
  return { mayProceed: false, basis: null, refused: false, capacity, missing, followUp };
}

/**
 * Decides each information-sharing purpose separately (§6, §7.1.1). Without
 * consent, sharing is allowed only to protect someone from harm, in
 * proportion, with the basis recorded.
 */
export function decideSharing(
  facts: ConsentFacts,
  purposes: readonly SharingPurpose[],
): SharingDecision[] {
  const a = assessment(facts, "INFORMATION_SHARING");
  const under16 = facts.age < 16;
  const lacks = a ? a.outcome === "LACKS_CAPACITY" : under16 && !facts.gillickCompetent;
  return purposes.map((p, i) => {
    const field = `purposes.${i}`;
    const missing: RuleReason[] = [];
    const harm = p.protectFromHarm;
    if (harm?.proportionate && harm.basisRecorded)
      return { purpose: p.purpose, mayShare: true, basis: "PROTECT_FROM_HARM", missing };
    if (harm) {
      if (!harm.proportionate)
        missing.push(
          reason(
            "NO_CONSENT_BASIS",
            "SHARING_PROPORTIONATE",
            "§6",
            "Share only what is in proportion to the risk",
            `${field}.protectFromHarm.proportionate`,
          ),
        );
      if (!harm.basisRecorded)
        missing.push(
          reason(
            "NO_CONSENT_BASIS",
            "SHARING_BASIS_RECORDED",
            "§6",
            "Record the basis of the judgement to share without consent",
            `${field}.protectFromHarm.basisRecorded`,
          ),
        );
    }
    // An adult who lacks capacity cannot give consent; only a registered health and
    // welfare attorney can give it for them (§6 fn 8), otherwise best interests per purpose.
    const attorney = facts.age >= 18 && facts.lastingPowerOfAttorney?.registered === true;
    // §6: a person with capacity gives valid consent only if it is informed.
    if (p.consent === "GIVEN" && !lacks && facts.personConsentInformed === false) {
      missing.push(
        reason(
          "CONSENT_NOT_INFORMED",
          "INFORMED_CONSENT",
          "§6",
          `Consent to share for "${p.purpose}" is only valid if informed: explain why, what will be shared and with whom, and that they can say no`,
          "personConsentInformed",
        ),
      );
      return { purpose: p.purpose, mayShare: false, basis: null, missing };
    }
    if (p.consent === "GIVEN" && (!lacks || facts.age < 18 || attorney)) {
      const basis: ConsentBasis = !lacks
        ? under16
          ? "GILLICK_COMPETENT_CHILD"
          : "PERSON_WITH_CAPACITY"
        : facts.age < 18
          ? "PARENTAL_RESPONSIBILITY"
          : "LASTING_POWER_OF_ATTORNEY";
      return { purpose: p.purpose, mayShare: true, basis, missing: [] };
    }
    if (lacks && p.bestInterests && !under16)
      return { purpose: p.purpose, mayShare: true, basis: "BEST_INTERESTS", missing: [] };
    missing.push(
      p.consent === "REFUSED"
        ? reason(
            "CONSENT_REFUSED",
            "SHARING_REFUSED",
            "§6",
            `Consent to share for "${p.purpose}" was refused`,
            `${field}.consent`,
          )
        : lacks && !under16
          ? reason(
              "NO_CONSENT_BASIS",
              "SHARING_BEST_INTERESTS",
              "§6",
              `Make a best-interests decision for "${p.purpose}": one per purpose`,
              `${field}.bestInterests`,
            )
          : reason(
              "CONSENT_MISSING",
              "SHARING_CONSENT",
              "§6",
              `Ask for consent to share for "${p.purpose}"`,
              `${field}.consent`,
            ),
    );
    return { purpose: p.purpose, mayShare: false, basis: null, missing };
  });
}
