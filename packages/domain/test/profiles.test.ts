import { describe, expect, it } from "vitest";
import {
  applyDuration,
  BUILT_IN_PROFILES,
  type CalendarDate,
  describeDuration,
  NATIONAL_PROFILE_KEY,
  NATIONAL_RULES,
  type PolicyProfile,
  profileRules,
  RULE_IDS,
  resolveProfile,
  validateProfile,
} from "../src/index.js";

const d = (s: string) => s as CalendarDate;

describe("policy profiles: timescales are data", () => {
  it.each([
    ["POST_ADMISSION_ADULT", "§11", 4, "WEEKS"],
    ["POST_ADMISSION_CHILD", "§11", 2, "WEEKS"],
    ["INPATIENT_CHILD", "§12", 3, "MONTHS"],
    ["INPATIENT_ADULT_NON_SECURE", "§12", 6, "MONTHS"],
    ["INPATIENT_ADULT_SECURE", "§12", 12, "MONTHS"],
    ["PLANNED_ACUTE_STAY", "§4", 6, "MONTHS"],
    ["REPORT_CIRCULATION", "§7.2.18", 2, "WEEKS"],
    ["TREATMENT_PLAN", "Appendix 3 step 1", 4, "WEEKS"],
    ["FIRST_COMMUNITY_VISIT", "Appendix 3 step 7", 1, "WEEKS"],
    ["ACCESS_EMERGENCY_ASSESSMENT", "§18", 1, "CALENDAR_DAYS"],
    ["ACCESS_URGENT_VERBAL_RESPONSE", "§18", 1, "CALENDAR_DAYS"],
    ["ACCESS_URGENT_ASSESSMENT", "§18", 4, "WEEKS"],
    ["ACCESS_ROUTINE_RESPONSE", "§18", 14, "WORKING_DAYS"],
    ["ACCESS_ROUTINE_ASSESSMENT", "§18", 1, "MONTHS"],
    ["MOJ_CONTACT", "Appendix 6", 1, "WEEKS"],
  ] as const)("%s national 2017 cites %s: %i %s", (id, section, amount, unit) => {
    expect(NATIONAL_RULES[id]).toMatchObject({ id, section, duration: { amount, unit } });
  });

  it("every rule id has a national rule", () => {
    expect(Object.keys(NATIONAL_RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it("national profile resolves with every rule from national", () => {
    const r = resolveProfile(NATIONAL_PROFILE_KEY);
    expect(r.ok).toBe(true);
    if (r.ok) for (const id of RULE_IDS) expect(r.value.rules[id].origin).toBe("NATIONAL");
    if (r.ok) expect(profileRules(r.value).map((x) => x.id)).toEqual([...RULE_IDS]);
  });

  it.each([
    ["local-10-day-inpatient-cetr", { amount: 10, unit: "CALENDAR_DAYS" }],
    ["children-5-working-days", { amount: 5, unit: "WORKING_DAYS" }],
  ])(
    "local profile %s overrides only the child post-admission rule (seed 001; NHS England)",
    (key, duration) => {
      const r = resolveProfile(key);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.rules.POST_ADMISSION_CHILD).toMatchObject({
        duration,
        origin: "LOCAL",
        section: "§11",
      });
      expect(r.value.rules.POST_ADMISSION_ADULT.origin).toBe("NATIONAL");
    },
  );

  it("an unknown key is a specific error, never a silent national fallback", () => {
    const r = resolveProfile("no-such-area");
    expect(r).toMatchObject({
      ok: false,
      error: { code: "PROFILE_UNKNOWN", profileKey: "no-such-area" },
    });
  });

  it("caller-supplied profiles resolve and may set a section", () => {
    const mine: PolicyProfile = {
      key: "area-x",
      name: "Area X",
      description: "",
      rules: {
        REPORT_CIRCULATION: {
          duration: { amount: 10, unit: "WORKING_DAYS" },
          source: "Area X board",
          section: "Area X §3",
        },
      },
    };
    const r = resolveProfile("area-x", [mine]);
    expect(r.ok && r.value.rules.REPORT_CIRCULATION.section).toBe("Area X §3");
  });

  it.each([
    ["bad key", { key: "Bad Key" }, "key", "PROFILE_INVALID"],
    ["no name", { name: " " }, "name", "REQUIRED"],
    [
      "unknown rule",
      { rules: { NOT_A_RULE: { duration: { amount: 1, unit: "WEEKS" }, source: "x" } } },
      "rules.NOT_A_RULE",
      "PROFILE_RULE_UNKNOWN",
    ],
    [
      "zero amount",
      { rules: { MOJ_CONTACT: { duration: { amount: 0, unit: "WEEKS" }, source: "x" } } },
      "rules.MOJ_CONTACT.duration.amount",
      "PROFILE_DURATION_INVALID",
    ],
    [
      "fractional amount",
      { rules: { MOJ_CONTACT: { duration: { amount: 1.5, unit: "WEEKS" }, source: "x" } } },
      "rules.MOJ_CONTACT.duration.amount",
      "PROFILE_DURATION_INVALID",
    ],
    [
      "bad unit",
      { rules: { MOJ_CONTACT: { duration: { amount: 1, unit: "FORTNIGHTS" }, source: "x" } } },
      "rules.MOJ_CONTACT.duration.unit",
      "PROFILE_DURATION_INVALID",
    ],
    [
      "no source",
      { rules: { MOJ_CONTACT: { duration: { amount: 1, unit: "WEEKS" }, source: "" } } },
      "rules.MOJ_CONTACT.source",
      "REQUIRED",
    ],
  ])("invalid profile (%s) is rejected with field %s", (_label, patch, field, code) => {
    const profile = {
      key: "area-y",
      name: "Area Y",
      description: "",
      rules: {},
      ...patch,
    } as PolicyProfile;
    expect(validateProfile(profile)).toContainEqual(expect.objectContaining({ field, code }));
    const r = resolveProfile(profile.key, [profile]);
    if (profile.key === "area-y")
      expect(r).toMatchObject({ ok: false, error: { code: "PROFILE_INVALID" } });
  });

  it("built-in profiles are all valid", () => {
    for (const p of BUILT_IN_PROFILES) expect(validateProfile(p)).toEqual([]);
  });

  it.each([
    ["2024-01-31", { amount: 1, unit: "MONTHS" }, "2024-02-29", "1 month"],
    ["2024-01-01", { amount: 4, unit: "WEEKS" }, "2024-01-29", "4 weeks"],
    ["2024-01-01", { amount: 1, unit: "CALENDAR_DAYS" }, "2024-01-02", "1 day"],
    ["2024-12-20", { amount: 5, unit: "WORKING_DAYS" }, "2024-12-31", "5 working days"],
    ["2024-12-20", { amount: 1, unit: "WEEKS" }, "2024-12-27", "1 week"],
  ] as const)("applyDuration(%s, %j) → %s", (from, duration, expected, words) => {
    expect(applyDuration(d(from), duration)).toBe(expected);
    expect(describeDuration(duration)).toBe(words);
  });
});
