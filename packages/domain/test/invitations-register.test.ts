import { describe, expect, it } from "vitest";
import {
  addRating,
  checkMinimumDataset,
  currentRating,
  type InvitationContext,
  invitationsFor,
  MINIMUM_DATASET,
  MONITORING_TRIGGERS,
  REGISTER_RATINGS_INFO,
  RISK_FACTORS,
  ratingOnAdmission,
  suggestRating,
} from "../src/index.js";

const child: InvitationContext = {
  age: 14,
  inpatient: false,
  ehcPlanOrAssessment: false,
  educationSetting: "SCHOOL",
  childrensSocialCareInvolved: false,
  namedSocialWorker: false,
  knownToYouthOffendingTeam: false,
  advocateInvolved: false,
  camhsInvolved: false,
  hasSiblings: false,
};
const find = (ctx: InvitationContext, invitee: string) =>
  invitationsFor(ctx).find((i) => i.invitee === invitee);

describe("invitations (§7.2, §29)", () => {
  it.each([
    [
      "§29 SEN team must be invited when there is an EHC plan",
      { ehcPlanOrAssessment: true },
      "SEN_TEAM",
      "MUST",
    ],
    ["§29 head teacher for a child at school", {}, "HEAD_TEACHER", "SHOULD"],
    [
      "§29 head teacher for a college student",
      { educationSetting: "COLLEGE" as const },
      "HEAD_TEACHER",
      "SHOULD",
    ],
    [
      "§29 most recent education provider when out of school",
      { educationSetting: "OUT_OF_EDUCATION" as const },
      "RECENT_EDUCATION_PROVIDER",
      "SHOULD",
    ],
    ["§29 adult social care from 16", { age: 16 }, "ADULT_SOCIAL_CARE", "SHOULD"],
    [
      "§29 adult social care aware from year 9 with an EHC plan",
      { age: 14, ehcPlanOrAssessment: true },
      "ADULT_SOCIAL_CARE",
      "CONSIDER",
    ],
    ["§29 parent carers always", {}, "PARENT_CARERS", "MUST"],
    ["§29 the child contributes", {}, "PERSON", "MUST"],
    ["§29 siblings considered", { hasSiblings: true }, "SIBLINGS", "CONSIDER"],
    [
      "§29/§18 DCS must be invited when social care is involved",
      { childrensSocialCareInvolved: true },
      "DIRECTOR_OF_CHILDRENS_SERVICES",
      "MUST",
    ],
    ["§29 DCS otherwise should be invited", {}, "DIRECTOR_OF_CHILDRENS_SERVICES", "SHOULD"],
    ["§29 named social worker", { namedSocialWorker: true }, "NAMED_SOCIAL_WORKER", "SHOULD"],
    ["§29 CAMHS", { camhsInvolved: true }, "CAMHS", "SHOULD"],
    [
      "§29/§36 youth offending team",
      { knownToYouthOffendingTeam: true },
      "YOUTH_OFFENDING_TEAM",
      "SHOULD",
    ],
    ["§29 advocate", { advocateInvolved: true }, "ADVOCATE", "SHOULD"],
    [
      "§29 responsible clinician when admitted",
      { inpatient: true },
      "RESPONSIBLE_CLINICIAN",
      "MUST",
    ],
    ["§29 senior nurse when admitted", { inpatient: true }, "SENIOR_NURSE", "MUST"],
    [
      "§29 key health providers",
      { keyHealthProvidersInvolved: true },
      "KEY_HEALTH_PROVIDERS",
      "SHOULD",
    ],
    ["§29 voluntary sector", { voluntarySectorInvolved: true }, "VOLUNTARY_SECTOR", "CONSIDER"],
    ["§7.2.7 care coordinator", {}, "CPA_CARE_COORDINATOR", "MUST"],
    ["§7.2.2 commissioner after discharge", {}, "DISCHARGE_COMMISSIONER", "SHOULD"],
  ])("%s", (_l, patch, invitee, priority) => {
    const i = find({ ...child, ...patch }, invitee);
    expect(i?.priority).toBe(priority);
    expect(i?.reason.length).toBeGreaterThan(10);
    expect(i?.section).toMatch(/§/);
  });

  it.each([
    ["§29 no SEN team without an EHC plan", {}, "SEN_TEAM"],
    ["§29 no adult social care under 13", { age: 12 }, "ADULT_SOCIAL_CARE"],
    [
      "§29 parent carers excluded for noted safeguarding reasons",
      { parentCarerExclusionNoted: true },
      "PARENT_CARERS",
    ],
  ])("%s", (_l, patch, invitee) => {
    expect(find({ ...child, ...patch }, invitee)).toBeUndefined();
  });

  const adult = { ...child, age: 35, educationSetting: "NONE" as const };
  it.each([
    ["§7.2.7 responsible clinician", { inpatient: true }, "RESPONSIBLE_CLINICIAN", "MUST"],
    ["§7.2.7 named nurse", { inpatient: true }, "NAMED_NURSE", "MUST"],
    ["§7.2.7 direct care staff", { inpatient: true }, "DIRECT_CARE_STAFF", "SHOULD"],
    ["§7.2.13 aftercare team", { inpatient: true }, "AFTERCARE_TEAM", "SHOULD"],
    ["§7.2.10 the person", {}, "PERSON", "MUST"],
    ["§7.2.11 family", {}, "FAMILY", "SHOULD"],
    ["§7.2.13 social worker", { namedSocialWorker: true }, "NAMED_SOCIAL_WORKER", "SHOULD"],
  ])("adult %s", (_l, patch, invitee, priority) => {
    expect(find({ ...adult, ...patch }, invitee)?.priority).toBe(priority);
  });

  it("§7.2.11 family are not invited when the person has not consented; adults get no education invitations", () => {
    expect(find({ ...adult, familyInvolvementConsented: false }, "FAMILY")).toBeUndefined();
    expect(
      invitationsFor(adult).some((i) =>
        ["HEAD_TEACHER", "SEN_TEAM", "PARENT_CARERS"].includes(i.invitee),
      ),
    ).toBe(false);
  });
});

describe("register (Appendix 2, Figure 11)", () => {
  it("ratings have meanings; the colours come from the 2023 DSR (domain.md)", () => {
    expect(Object.keys(REGISTER_RATINGS_INFO)).toEqual(["RED", "AMBER", "GREEN", "BLUE"]);
    expect(REGISTER_RATINGS_INFO.BLUE.meaning).toBe("In hospital");
  });

  it("Appendix 2 history is appended in date order; blue on admission", () => {
    const a = addRating([], {
      rating: "AMBER",
      date: "2024-01-01",
      reason: "Placement unstable",
      decidedBy: "CCG lead",
    });
    if (!a.ok) throw new Error("amber");
    const b = ratingOnAdmission(a.history, "2024-03-01", "CCG lead");
    if (!b.ok) throw new Error("blue");
    expect(b.history.map((h) => h.rating)).toEqual(["AMBER", "BLUE"]);
    expect(currentRating(b.history)?.rating).toBe("BLUE");
    expect(currentRating([])).toBeNull();
  });

  it.each([
    ["date before the previous rating", { date: "2023-12-01" }, "RATING_HISTORY_OUT_OF_ORDER"],
    ["impossible date", { date: "2024-02-30" }, "DATE_INVALID"],
    ["unknown colour", { rating: "PURPLE" }, "INVALID_CHOICE"],
    ["no reason", { reason: " " }, "REQUIRED"],
    ["no decider", { decidedBy: "" }, "REQUIRED"],
  ])("Appendix 2 rating rejected: %s", (_l, patch, code) => {
    const prior = [
      { rating: "GREEN" as const, date: "2024-01-01" as never, reason: "x", decidedBy: "y" },
    ];
    const r = addRating(prior, {
      rating: "RED",
      date: "2024-02-01",
      reason: "Crisis",
      decidedBy: "Lead",
      ...patch,
    } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons.map((x) => x.code)).toContain(code);
  });

  it("Appendix 2 catalogues: 18 risk factors, 5 monitoring triggers; Figure 11: 21 dataset items", () => {
    expect(RISK_FACTORS).toHaveLength(18);
    expect(MONITORING_TRIGGERS).toHaveLength(5);
    expect(MINIMUM_DATASET).toHaveLength(21);
  });

  it("Figure 11 completeness lists what is missing; 'no' is an answer; the 52-week question is for children only", () => {
    const adult = checkMinimumDataset({
      identity: "9434765919",
      ageGroup: "Adult",
      advocateInvolved: false,
      keyRisks: " ",
    });
    expect(adult.complete).toBe(false);
    expect(adult.missing.map((m) => m.field)).not.toContain("advocateInvolved");
    expect(adult.missing.map((m) => m.field)).toContain("keyRisks");
    expect(adult.missing.map((m) => m.field)).not.toContain("residentialPlacementOrTransition");
    const kid = checkMinimumDataset({ ageGroup: "Child" });
    expect(kid.missing.map((m) => m.field)).toContain("residentialPlacementOrTransition");
    const all = Object.fromEntries(MINIMUM_DATASET.map((d) => [d.field, "x"]));
    expect(checkMinimumDataset({ ...all, ageGroup: "Young person" })).toEqual({
      complete: true,
      percentComplete: 100,
      missing: [],
    });
  });

  it.each([
    ["in hospital → blue", { inHospital: true, riskFactors: [], triggers: [] }, "BLUE"],
    [
      "admission being considered → red",
      { inHospital: false, riskFactors: [], triggers: ["ADMISSION_CONSIDERED"] },
      "RED",
    ],
    [
      "placement breaking down → red",
      { inHospital: false, riskFactors: ["LIFE_EVENTS"], triggers: ["PLACEMENT_BREAKDOWN"] },
      "RED",
    ],
    [
      "risk factors only → amber",
      { inHospital: false, riskFactors: ["NO_FIXED_ADDRESS"], triggers: [] },
      "AMBER",
    ],
    [
      "crisis team last year → amber",
      { inHospital: false, riskFactors: [], triggers: ["CRISIS_TEAM_LAST_YEAR"] },
      "AMBER",
    ],
    ["nothing recorded → green", { inHospital: false, riskFactors: [], triggers: [] }, "GREEN"],
  ] as const)("Appendix 2 suggested rating is advice: %s", (_l, facts, rating) => {
    const s = suggestRating(facts);
    expect(s).toMatchObject({ kind: "ADVICE", suggested: rating });
    expect(s.disclaimer).toContain("Suggestion only");
    expect(s.reasons.length).toBeGreaterThan(0);
  });
});
