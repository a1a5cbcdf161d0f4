import { describe, expect, it } from "vitest";
import {
  type ConsentFacts,
  decideSharing,
  evaluateQualityStandards,
  LINES_OF_ENQUIRY,
  type PathwayEvent,
} from "../src/index.js";
import { schedule } from "./helpers.js";

// Audit of consent, register-triggered reviews and lines of enquiry against seed 004.
const lacksSharing: Partial<ConsentFacts> = {
  capacityAssessments: [{ decision: "INFORMATION_SHARING", outcome: "LACKS_CAPACITY" }],
};

describe("audit: §6 information sharing for an adult who lacks capacity", () => {
  it.each([
    [
      "§6 fn 8 consent 'given' with no registered lasting power of attorney is not a basis: a best-interests decision per purpose is needed",
      { age: 30, personConsent: "NOT_ASKED", ...lacksSharing },
      false,
      null,
      ["SHARING_BEST_INTERESTS"],
    ],
    [
      "§6 fn 8 an unregistered lasting power of attorney is not a basis",
      {
        age: 30,
        personConsent: "NOT_ASKED",
        ...lacksSharing,
        lastingPowerOfAttorney: { registered: false, consent: "GIVEN" },
      },
      false,
      null,
      ["SHARING_BEST_INTERESTS"],
    ],
    [
      "§6 a registered health and welfare attorney may consent",
      {
        age: 30,
        personConsent: "NOT_ASKED",
        ...lacksSharing,
        lastingPowerOfAttorney: { registered: true, consent: "GIVEN" },
      },
      true,
      "LASTING_POWER_OF_ATTORNEY",
      [],
    ],
    [
      "§6/§30.1.2 a 16–17-year-old who lacks capacity: someone with parental responsibility may consent",
      { age: 17, personConsent: "NOT_ASKED", ...lacksSharing },
      true,
      "PARENTAL_RESPONSIBILITY",
      [],
    ],
  ] as const)("%s", (_label, facts, may, basis, rules) => {
    const d = decideSharing(facts as ConsentFacts, [{ purpose: "panel", consent: "GIVEN" }])[0];
    expect(d?.mayShare).toBe(may);
    expect(d?.basis).toBe(basis);
    expect(d?.missing.map((m) => m.rule)).toEqual(rules);
  });
});

describe("audit: §10 register-triggered community review", () => {
  const reg = (date: string, rating: "RED" | "AMBER" | "GREEN" | "BLUE"): PathwayEvent => ({
    kind: "REGISTER_ENTRY",
    date,
    rating,
  });
  it.each([
    [
      "§10 red (at risk of admission now) → community review before admission",
      [reg("2024-05-01", "RED")],
      1,
    ],
    [
      "§10 red then amber: admission no longer being considered → no community review pending",
      [reg("2024-05-01", "RED"), reg("2024-05-20", "AMBER")],
      0,
    ],
    [
      "§10 an explicit 'admission being considered' is not withdrawn by a register rating",
      [
        { kind: "ADMISSION_CONSIDERED", date: "2024-05-01" } as PathwayEvent,
        reg("2024-05-20", "GREEN"),
      ],
      1,
    ],
  ])("%s", (_label, events, count) => {
    expect(schedule("1990-01-01", events, "2024-06-01").reviews).toHaveLength(count);
  });
});

describe("audit: §29/§31 lines of enquiry use only what the policy supports", () => {
  it("§29 education evidence comes from the education provider's contribution, not invented document types", () => {
    const education = LINES_OF_ENQUIRY.find((k) => k.id === "EDUCATION");
    expect(education?.evidenceSources).not.toContain("School or college reports");
    expect(education?.evidenceSources.join(" ")).toMatch(/education provider/);
  });
});

describe("audit: §6 informed consent applies to sharing too", () => {
  it("§6 consent to share from a person with capacity is only valid if informed", () => {
    const d = decideSharing({ age: 30, personConsent: "GIVEN", personConsentInformed: false }, [
      { purpose: "panel", consent: "GIVEN" },
    ])[0];
    expect(d?.mayShare).toBe(false);
    expect(d?.missing.map((m) => [m.code, m.field])).toEqual([
      ["CONSENT_NOT_INFORMED", "personConsentInformed"],
    ]);
  });
});

describe("audit: Appendix 1 standard 6.3 report within two weeks", () => {
  it.each([
    [
      "standard 6.3 a report dated before the review is not evidence it was sent in time",
      "2024-04-20",
      "UNMET",
    ],
    ["standard 6.3 sent on day 14 is within two weeks", "2024-05-15", "MET"],
    ["standard 6.3 sent on day 15 is late", "2024-05-16", "UNMET"],
  ])("%s", (_label, sent, status) => {
    const r = evaluateQualityStandards({
      reviewDate: "2024-05-01",
      reportSentOn: sent,
      reportInAccessibleLanguage: true,
    }).find((x) => x.id === "6.3");
    expect(r?.status).toBe(status);
  });
});
