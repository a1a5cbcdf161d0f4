import { describe, expect, it } from "vitest";
import {
  type PathwayEvent,
  type PolicyProfile,
  resolveProfile,
  schedulePathway,
  validateProfile,
} from "../src/index.js";
import { admit, held, schedule } from "./helpers.js";

// Audit against the 2017 policy text (seed 004): each case names the § it checks.
const ADULT = "1990-06-15";
const CHILD = "2010-03-10";

const meeting = (date: string): PathwayEvent => ({ kind: "EMERGENCY_PROTOCOL_MEETING", date });
const discharge = (date: string): PathwayEvent => ({ kind: "DISCHARGE", date });

describe("audit: Appendix 4 §45.2.3 emergency protocol meeting that led to admission", () => {
  it.each([
    [
      "Appendix 4 §45.2.3 adult: community CTR last year, then an emergency meeting, then admission → full CTR within 4 weeks",
      ADULT,
      [held("2023-05-01", "COMMUNITY"), meeting("2024-02-28"), admit("2024-03-01")],
      "POST_ADMISSION_REVIEW",
      "2024-03-29",
    ],
    [
      "Appendix 4 §45.2.3 child: community CETR earlier, then an emergency meeting, then admission → full CETR within 2 weeks",
      CHILD,
      [held("2023-11-01", "COMMUNITY"), meeting("2024-02-28"), admit("2024-03-01")],
      "POST_ADMISSION_REVIEW",
      "2024-03-15",
    ],
    [
      "§11 a community CTR held after the emergency meeting led to the admission → no post-admission CTR, inpatient interval from admission",
      ADULT,
      [meeting("2024-02-20"), held("2024-02-25", "COMMUNITY"), admit("2024-03-01")],
      "INPATIENT_REVIEW",
      "2024-09-01",
    ],
  ])("%s", (_label, dob, events, kind, due) => {
    const s = schedule(dob, events, "2024-03-02");
    expect(s.reviews.map((r) => [r.kind, r.dueDate])).toEqual([[kind, due]]);
  });
});

describe("audit: §5/§18 criminal justice route", () => {
  it.each([
    [
      "§5/§18 courts or prison route: the post-admission CTR still takes place after an earlier community CTR (adult, 4 weeks)",
      ADULT,
      "2024-03-29",
    ],
    [
      "§5/§18/§27 courts or prison route: the post-admission CETR still takes place after an earlier community CETR (child, 2 weeks)",
      CHILD,
      "2024-03-15",
    ],
  ])("%s", (_label, dob, due) => {
    const s = schedule(
      dob,
      [
        held("2023-12-01", "COMMUNITY"),
        admit("2024-03-01", { route: "CRIMINAL_JUSTICE", setting: "MEDIUM_SECURE" }),
      ],
      "2024-03-02",
    );
    expect(s.reviews.map((r) => [r.kind, r.dueDate])).toEqual([["POST_ADMISSION_REVIEW", due]]);
  });
});

describe("audit: §4 general hospital for assessment and treatment of physical illness", () => {
  it.each([
    [
      "§4/Appendix 3 step 7 no first-community-visit clock after a general hospital stay",
      [admit("2024-03-01", { setting: "GENERAL_HOSPITAL_PHYSICAL" }), discharge("2024-03-10")],
      [],
    ],
    [
      "§4/§10 a general hospital stay does not cancel the pending community review",
      [
        { kind: "ADMISSION_CONSIDERED", date: "2024-02-20" } as PathwayEvent,
        admit("2024-03-01", { setting: "GENERAL_HOSPITAL_PHYSICAL" }),
        discharge("2024-03-10"),
      ],
      [["COMMUNITY_REVIEW", null]],
    ],
  ])("%s", (_label, events, reviews) => {
    const s = schedule(ADULT, events as PathwayEvent[], "2024-03-12");
    expect(s.clocks.map((c) => c.kind)).toEqual([]);
    expect(s.reviews.map((r) => [r.kind, r.dueDate])).toEqual(reviews);
  });

  it("§4/§11 a community CTR held before a general hospital stay still counts for a later specialist admission", () => {
    const s = schedule(
      ADULT,
      [
        held("2024-01-10", "COMMUNITY"),
        admit("2024-02-01", { setting: "GENERAL_HOSPITAL_PHYSICAL" }),
        discharge("2024-02-10"),
        admit("2024-03-01"),
      ],
      "2024-03-02",
    );
    expect(s.reviews.map((r) => [r.kind, r.dueDate])).toEqual([["INPATIENT_REVIEW", "2024-09-01"]]);
  });

  it("§4/§11 transfer from a general hospital into a specialist setting: the specialist stay (and its clocks) start at the transfer", () => {
    const s = schedule(
      ADULT,
      [
        admit("2024-01-01", { setting: "GENERAL_HOSPITAL_PHYSICAL" }),
        { kind: "TRANSFER", date: "2024-03-01", setting: "LD_MH_NON_SECURE" },
      ],
      "2024-03-02",
    );
    expect(s.reviews.map((r) => [r.kind, r.dueDate, r.triggerDate])).toEqual([
      ["POST_ADMISSION_REVIEW", "2024-03-29", "2024-03-01"],
    ]);
    expect(s.clocks.map((c) => [c.kind, c.dueDate])).toEqual([["TREATMENT_PLAN", "2024-03-29"]]);
  });

  it("§4 continuous stay: a specialist inpatient treated in a general hospital keeps the inpatient clock", () => {
    const s = schedule(
      ADULT,
      [
        admit("2024-01-01"),
        held("2024-01-20", "POST_ADMISSION"),
        { kind: "TRANSFER", date: "2024-03-01", setting: "GENERAL_HOSPITAL_PHYSICAL" },
      ],
      "2024-03-02",
    );
    expect(s.reviews.map((r) => [r.kind, r.dueDate])).toEqual([["INPATIENT_REVIEW", "2024-07-20"]]);
  });
});

describe("audit: §4 intended move to higher security", () => {
  it.each([
    ["§4 an inpatient review (inpatient lines of enquiry) does not satisfy it", "INPATIENT", 1],
    ["§4 a review using the community lines of enquiry satisfies it", "HIGHER_SECURITY", 0],
    ["§4 a review recorded as community (community lines of enquiry) satisfies it", "COMMUNITY", 0],
  ] as const)("%s", (_label, kind, open) => {
    const s = schedule(
      ADULT,
      [
        admit("2024-01-01"),
        held("2024-01-20", "POST_ADMISSION"),
        { kind: "HIGHER_SECURITY_MOVE_INTENDED", date: "2024-05-01" },
        held("2024-05-05", kind),
      ],
      "2024-05-06",
    );
    expect(s.reviews.filter((r) => r.kind === "HIGHER_SECURITY_REVIEW")).toHaveLength(open);
  });
});

describe("audit: Appendix 6 restricted patients", () => {
  it.each([
    ["Appendix 6 ready for discharge → MoJ contact within 1 week", "READY_FOR_DISCHARGE", 1],
    [
      "Appendix 6 care and treatment can be provided in a less restrictive environment → MoJ contact within 1 week",
      "LESS_RESTRICTIVE_SETTING",
      1,
    ],
    ["Appendix 6 continue current care → no MoJ clock", "CONTINUE_CURRENT_CARE", 0],
  ] as const)("%s", (_label, outcome, count) => {
    const s = schedule(
      ADULT,
      [
        admit("2024-01-01", {
          route: "CRIMINAL_JUSTICE",
          setting: "MEDIUM_SECURE",
          restricted: true,
        }),
        held("2024-06-01", "INPATIENT", outcome),
      ],
      "2024-06-02",
    );
    const moj = s.clocks.filter((c) => c.kind === "MOJ_CONTACT");
    expect(moj).toHaveLength(count);
    if (count) expect(moj[0]?.dueDate).toBe("2024-06-08");
  });
});

describe("audit: follow-up events recorded on the same day as their trigger, in any array order", () => {
  const base = [
    admit("2024-01-01"),
    { kind: "TREATMENT_PLAN_SHARED", date: "2024-01-10" } as PathwayEvent,
  ];
  it.each([
    [
      "§7.2.18 report sent the same day as the review closes the report clock",
      [...base, { kind: "REPORT_SENT", date: "2024-01-20" }, held("2024-01-20", "POST_ADMISSION")],
      "REPORT_CIRCULATION",
    ],
    [
      "Appendix 3 step 1 treatment plan shared on the admission day",
      [{ kind: "TREATMENT_PLAN_SHARED", date: "2024-01-01" }, admit("2024-01-01")],
      "TREATMENT_PLAN",
    ],
    [
      "Appendix 3 step 7 community visit on the discharge day",
      [...base, { kind: "COMMUNITY_VISIT", date: "2024-02-01" }, discharge("2024-02-01")],
      "FIRST_COMMUNITY_VISIT",
    ],
    [
      "§18 emergency access assessment on the referral day",
      [
        { kind: "ACCESS_ASSESSMENT", date: "2024-02-01" },
        { kind: "ACCESS_REFERRAL", date: "2024-02-01", urgency: "EMERGENCY" },
      ],
      "ACCESS_ASSESSMENT",
    ],
    [
      "§18 urgent verbal response on the referral day",
      [
        { kind: "ACCESS_RESPONSE", date: "2024-02-01" },
        { kind: "ACCESS_REFERRAL", date: "2024-02-01", urgency: "URGENT" },
      ],
      "ACCESS_RESPONSE",
    ],
    [
      "Appendix 6 MoJ contacted on the day of the review",
      [
        admit("2024-01-01", { restricted: true, setting: "LOW_SECURE" }),
        { kind: "MOJ_CONTACTED", date: "2024-06-01" },
        held("2024-06-01", "INPATIENT", "READY_FOR_DISCHARGE"),
      ],
      "MOJ_CONTACT",
    ],
  ] as const)("%s", (_label, events, kind) => {
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: events as unknown as PathwayEvent[],
      now: "2024-06-10",
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.clocks.filter((c) => c.kind === kind)).toEqual([]);
  });

  it("§14 a request and a review on the same day: the review answers the request", () => {
    const s = schedule(
      ADULT,
      [held("2024-02-01", "ON_REQUEST"), { kind: "REVIEW_REQUESTED", date: "2024-02-01" }],
      "2024-02-02",
    );
    expect(s.reviews.filter((r) => r.kind === "REVIEW_ON_REQUEST")).toEqual([]);
  });
});

describe("audit: policy profiles fall back to national and reject invalid profiles specifically", () => {
  const national = resolveProfile("national-2017");
  it.each([
    [
      "a local profile may not reuse a built-in key (national must stay national)",
      [
        {
          key: "national-2017",
          name: "Fake",
          description: "",
          rules: {
            POST_ADMISSION_ADULT: { duration: { amount: 90, unit: "CALENDAR_DAYS" }, source: "x" },
          },
        },
      ],
      "national-2017",
      "PROFILE_INVALID",
      "key",
    ],
    [
      "two local profiles with the same key are ambiguous",
      [
        { key: "dup", name: "A", description: "", rules: {} },
        { key: "dup", name: "B", description: "", rules: {} },
      ],
      "dup",
      "PROFILE_INVALID",
      "key",
    ],
    [
      "a profile whose rules are not an object (from JSON) is invalid, not a crash",
      [{ key: "norules", name: "No rules", description: "", rules: "10 days" }],
      "norules",
      "PROFILE_INVALID",
      "rules",
    ],
  ])("%s", (_label, extra, key, code, field) => {
    const r = resolveProfile(key, extra as unknown as PolicyProfile[]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.errors.map((e) => e.field)).toContain(field);
    }
  });

  it("a profile with no rules at all (from JSON) falls back to national for every rule", () => {
    const r = resolveProfile("empty", [
      { key: "empty", name: "Empty", description: "" } as unknown as PolicyProfile,
    ]);
    expect(r.ok && Object.values(r.value.rules).every((x) => x.origin === "NATIONAL")).toBe(true);
  });

  it("validateProfile on null or a non-object is a field error, not a crash", () => {
    expect(validateProfile(null as unknown as PolicyProfile).map((e) => e.field)).toContain("key");
    expect(national.ok).toBe(true);
  });
});

describe("audit: invalid scheduler input is a named error, never a crash", () => {
  it.each([
    ["a resolved profile missing a rule", { key: "x", name: "X", rules: {} }],
    ["a resolved profile that is null", null],
    [
      "a resolved profile with a nonsense duration",
      (() => {
        const r = resolveProfile("national-2017");
        if (!r.ok) throw new Error("national");
        return {
          ...r.value,
          rules: {
            ...r.value.rules,
            REPORT_CIRCULATION: {
              ...r.value.rules.REPORT_CIRCULATION,
              duration: { amount: -3, unit: "FORTNIGHTS" },
            },
          },
        };
      })(),
    ],
  ])("PROFILE_INVALID: %s", (_label, profile) => {
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: [admit("2024-01-01")],
      now: "2024-02-01",
      profile: profile as never,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("PROFILE_INVALID");
  });

  it("DATE_INVALID: a date of birth after today", () => {
    const r = schedulePathway({ dateOfBirth: "2030-01-01", events: [], now: "2024-02-01" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("DATE_INVALID");
  });
});
