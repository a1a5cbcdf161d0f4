import { describe, expect, it } from "vitest";
import { type ConsentFacts, decideReviewConsent, decideSharing } from "../src/index.js";

const facts = (patch: Partial<ConsentFacts>): ConsentFacts => ({
  age: 30,
  personConsent: "NOT_ASKED",
  ...patch,
});
const lacks = {
  capacityAssessments: [{ decision: "REVIEW" as const, outcome: "LACKS_CAPACITY" as const }],
};

describe("consent to the review (§6, §26, standard 1.2)", () => {
  it.each([
    [
      "§6 adult with capacity consents (informed)",
      facts({ personConsent: "GIVEN", personConsentInformed: true }),
      true,
      "PERSON_WITH_CAPACITY",
    ],
    [
      "§26 16–17-year-olds are presumed to have capacity",
      facts({ age: 16, personConsent: "GIVEN" }),
      true,
      "PERSON_WITH_CAPACITY",
    ],
    [
      "§26 under-16 Gillick competent consents",
      facts({ age: 14, gillickCompetent: true, personConsent: "GIVEN" }),
      true,
      "GILLICK_COMPETENT_CHILD",
    ],
    [
      "§26 under-16 assessed as having capacity counts as Gillick competent",
      facts({
        age: 14,
        capacityAssessments: [{ decision: "REVIEW", outcome: "HAS_CAPACITY" }],
        personConsent: "GIVEN",
      }),
      true,
      "GILLICK_COMPETENT_CHILD",
    ],
    [
      "§26 under-16 not competent: parental responsibility consents",
      facts({ age: 12, gillickCompetent: false, parentalResponsibilityConsent: "GIVEN" }),
      true,
      "PARENTAL_RESPONSIBILITY",
    ],
    [
      "§6 adult lacking capacity: registered LPA health and welfare consents",
      facts({ ...lacks, lastingPowerOfAttorney: { registered: true, consent: "GIVEN" } }),
      true,
      "LASTING_POWER_OF_ATTORNEY",
    ],
    [
      "§6 adult lacking capacity: documented best-interests decision",
      facts({ ...lacks, bestInterestsDecision: { documented: true } }),
      true,
      "BEST_INTERESTS",
    ],
    [
      "§6 17-year-old lacking capacity: parental responsibility consents",
      facts({ age: 17, ...lacks, parentalResponsibilityConsent: "GIVEN" }),
      true,
      "PARENTAL_RESPONSIBILITY",
    ],
    [
      "§6 17-year-old lacking capacity: best interests",
      facts({ age: 17, ...lacks, bestInterestsDecision: { documented: true } }),
      true,
      "BEST_INTERESTS",
    ],
  ])("%s → may proceed", (_l, f, may, basis) => {
    const d = decideReviewConsent(f);
    expect(d).toMatchObject({ mayProceed: may, basis, missing: [] });
  });

  it.each([
    ["§6 adult not yet asked", facts({}), "CONSENT_MISSING", "personConsent"],
    [
      "§6 consent not informed",
      facts({ personConsent: "GIVEN", personConsentInformed: false }),
      "CONSENT_NOT_INFORMED",
      "personConsentInformed",
    ],
    [
      "§26 16-year-old not asked: presumed capacity",
      facts({ age: 16 }),
      "CONSENT_MISSING",
      "personConsent",
    ],
    [
      "§26 under-16 without parental consent",
      facts({ age: 10 }),
      "CONSENT_MISSING",
      "parentalResponsibilityConsent",
    ],
    [
      "§6 lacking capacity, best interests not documented",
      facts({ ...lacks, bestInterestsDecision: { documented: false } }),
      "BEST_INTERESTS_NOT_DOCUMENTED",
      "bestInterestsDecision.documented",
    ],
    [
      "§6 lacking capacity, nothing recorded",
      facts({ ...lacks }),
      "NO_CONSENT_BASIS",
      "bestInterestsDecision",
    ],
    [
      "§6 fn 8 unregistered LPA",
      facts({ ...lacks, lastingPowerOfAttorney: { registered: false, consent: "GIVEN" } }),
      "CONSENT_MISSING",
      "lastingPowerOfAttorney.registered",
    ],
  ])("%s → blocked with %s", (_l, f, code, field) => {
    const d = decideReviewConsent(f);
    expect(d.mayProceed).toBe(false);
    expect(d.missing).toContainEqual(expect.objectContaining({ code, field }));
  });

  it("§6 17-year-old lacking capacity: the message names parental responsibility", () => {
    expect(decideReviewConsent(facts({ age: 17, ...lacks })).missing[0]?.message).toContain(
      "parental responsibility",
    );
  });

  it.each([
    ["§6 adult refuses", facts({ personConsent: "REFUSED" }), "PERSON_REFUSED"],
    [
      "§26 parent refuses for a child",
      facts({ age: 9, gillickCompetent: false, parentalResponsibilityConsent: "REFUSED" }),
      "PARENTAL_RESPONSIBILITY_REFUSED",
    ],
    [
      "§6 attorney refuses",
      facts({ ...lacks, lastingPowerOfAttorney: { registered: true, consent: "REFUSED" } }),
      "LPA_REFUSED",
    ],
  ])("%s → refused, reasons to explore listed", (_l, f, rule) => {
    const d = decideReviewConsent(f);
    expect(d).toMatchObject({ mayProceed: false, refused: true });
    expect(d.missing[0]?.rule).toBe(rule);
    expect(d.followUp.map((x) => x.rule)).toEqual([
      "REFUSAL_REASONS",
      "REFUSAL_IMPLICATIONS",
      "REFUSAL_CARE_UNAFFECTED",
    ]);
  });

  it("§6 refusal handled fully leaves no follow-up", () => {
    const d = decideReviewConsent(
      facts({
        personConsent: "REFUSED",
        refusal: {
          reasonsExplored: true,
          implicationsExplained: true,
          careUnaffectedAssured: true,
        },
      }),
    );
    expect(d.followUp).toEqual([]);
  });

  it("§6 fluctuating capacity: check consent on the day", () => {
    const d = decideReviewConsent(
      facts({
        personConsent: "GIVEN",
        capacityAssessments: [{ decision: "REVIEW", outcome: "HAS_CAPACITY", fluctuating: true }],
      }),
    );
    expect(d.mayProceed).toBe(true);
    expect(d.followUp[0]?.rule).toBe("FLUCTUATING_CAPACITY");
  });

  it("§26 under-16 with no Gillick view recorded: prompt to consider it", () => {
    expect(
      decideReviewConsent(facts({ age: 12, parentalResponsibilityConsent: "GIVEN" })).followUp[0]
        ?.rule,
    ).toBe("GILLICK");
  });

  it("§6 capacity is decision-specific: an information-sharing assessment does not decide the review", () => {
    const d = decideReviewConsent(
      facts({
        capacityAssessments: [{ decision: "INFORMATION_SHARING", outcome: "LACKS_CAPACITY" }],
        personConsent: "GIVEN",
      }),
    );
    expect(d).toMatchObject({ capacity: "PRESUMED", mayProceed: true });
  });
});

describe("information sharing, per purpose (§6)", () => {
  it.each([
    [
      "consent given by a person with capacity",
      facts({}),
      { purpose: "panel", consent: "GIVEN" as const },
      true,
      "PERSON_WITH_CAPACITY",
    ],
    [
      "best interests for this purpose",
      facts({
        capacityAssessments: [{ decision: "INFORMATION_SHARING", outcome: "LACKS_CAPACITY" }],
      }),
      { purpose: "NHS England data", consent: "NOT_ASKED" as const, bestInterests: true },
      true,
      "BEST_INTERESTS",
    ],
    [
      "a registered LPA consents for an adult lacking capacity",
      facts({
        capacityAssessments: [{ decision: "INFORMATION_SHARING", outcome: "LACKS_CAPACITY" }],
        lastingPowerOfAttorney: { registered: true, consent: "GIVEN" },
      }),
      { purpose: "x", consent: "GIVEN" as const },
      true,
      "LASTING_POWER_OF_ATTORNEY",
    ],
    [
      "parent consents for a child",
      facts({ age: 10 }),
      { purpose: "school", consent: "GIVEN" as const },
      true,
      "PARENTAL_RESPONSIBILITY",
    ],
    [
      "Gillick competent child consents",
      facts({ age: 14, gillickCompetent: true }),
      { purpose: "school", consent: "GIVEN" as const },
      true,
      "GILLICK_COMPETENT_CHILD",
    ],
    [
      "without consent to protect from harm, proportionate and recorded",
      facts({}),
      {
        purpose: "safeguarding",
        consent: "REFUSED" as const,
        protectFromHarm: { proportionate: true, basisRecorded: true },
      },
      true,
      "PROTECT_FROM_HARM",
    ],
  ])("§6 %s → may share", (_l, f, p, may, basis) => {
    expect(decideSharing(f, [p])[0]).toMatchObject({ mayShare: may, basis });
  });

  it.each([
    ["refused", facts({}), { purpose: "p", consent: "REFUSED" as const }, ["SHARING_REFUSED"]],
    ["not asked", facts({}), { purpose: "p", consent: "NOT_ASKED" as const }, ["SHARING_CONSENT"]],
    [
      "lacks capacity, no best-interests for this purpose",
      facts({
        capacityAssessments: [{ decision: "INFORMATION_SHARING", outcome: "LACKS_CAPACITY" }],
      }),
      { purpose: "p", consent: "NOT_ASKED" as const },
      ["SHARING_BEST_INTERESTS"],
    ],
    [
      "harm basis not proportionate nor recorded",
      facts({}),
      {
        purpose: "p",
        consent: "NOT_ASKED" as const,
        protectFromHarm: { proportionate: false, basisRecorded: false },
      },
      ["SHARING_PROPORTIONATE", "SHARING_BASIS_RECORDED", "SHARING_CONSENT"],
    ],
  ])("§6 %s → may not share, with reasons", (_l, f, p, rules) => {
    const d = decideSharing(f, [p])[0];
    expect(d?.mayShare).toBe(false);
    expect(d?.missing.map((m) => m.rule)).toEqual(rules);
    expect(d?.missing[0]?.field).toMatch(/^purposes\.0\./);
  });
});
