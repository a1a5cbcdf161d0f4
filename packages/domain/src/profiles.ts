import { addDays, addMonths, type CalendarDate } from "./calendar-date.js";
import type { ErrorCode, FieldError, Result } from "./errors.js";
import { ERROR_CODES } from "./errors.js";
import { addWorkingDays, type HolidayCalendar } from "./working-days.js";

/**
 * Timescales are policy data, not constants: local areas and later national
 * guidance change them (seed 001: an inpatient CETR "within 10 days"; NHS
 * England later asked for 5 working days for children). Each rule says which
 * kind of day it counts.
 */
export const DURATION_UNITS = ["CALENDAR_DAYS", "WEEKS", "MONTHS", "WORKING_DAYS"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export const RULE_IDS = [
  "POST_ADMISSION_ADULT",
  "POST_ADMISSION_CHILD",
  "INPATIENT_CHILD",
  "INPATIENT_ADULT_NON_SECURE",
  "INPATIENT_ADULT_SECURE",
  "PLANNED_ACUTE_STAY",
  "REPORT_CIRCULATION",
  "TREATMENT_PLAN",
  "FIRST_COMMUNITY_VISIT",
  "ACCESS_EMERGENCY_ASSESSMENT",
  "ACCESS_URGENT_VERBAL_RESPONSE",
  "ACCESS_URGENT_ASSESSMENT",
  "ACCESS_ROUTINE_RESPONSE",
  "ACCESS_ROUTINE_ASSESSMENT",
  "MOJ_CONTACT",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface TimescaleRule {
  id: RuleId;
  duration: Duration;
  /** Policy section the timescale comes from, e.g. "§11". */
  section: string;
  /** What the clock measures, in words staff use. */
  description: string;
  /** Where this value came from: the national policy or a local decision. */
  source: string;
}

export interface RuleOverride {
  duration: Duration;
  /** Who decided the local value (a policy, a board minute, a seed page). */
  source: string;
  section?: string;
}

/** A named set of overrides; anything it leaves out falls back to national. */
export interface PolicyProfile {
  key: string;
  name: string;
  description: string;
  rules: Partial<Record<RuleId, RuleOverride>>;
}

export interface ResolvedProfile {
  key: string;
  name: string;
  rules: Record<RuleId, TimescaleRule & { origin: "NATIONAL" | "LOCAL" }>;
}

export const NATIONAL_PROFILE_KEY = "national-2017";
const NATIONAL_SOURCE = "NHS England, Care and Treatment Reviews: Policy and Guidance (2017)";

const w = (amount: number): Duration => ({ amount, unit: "WEEKS" });
const m = (amount: number): Duration => ({ amount, unit: "MONTHS" });

/** The 2017 national policy. Section numbers refer to the seed text 004. */
export const NATIONAL_RULES: Readonly<Record<RuleId, TimescaleRule>> = {
  POST_ADMISSION_ADULT: {
    id: "POST_ADMISSION_ADULT",
    duration: w(4),
    section: "§11",
    description:
      "Post-admission CTR for an adult with no community CTR first: within four weeks of admission",
    source: NATIONAL_SOURCE,
  },
  POST_ADMISSION_CHILD: {
    id: "POST_ADMISSION_CHILD",
    duration: w(2),
    section: "§11",
    description:
      "Post-admission CETR for a child or young person (under 18): within two weeks of admission",
    source: NATIONAL_SOURCE,
  },
  INPATIENT_CHILD: {
    id: "INPATIENT_CHILD",
    duration: m(3),
    section: "§12",
    description: "Inpatient CETR for children in all hospital settings: every 3 months (§34)",
    source: NATIONAL_SOURCE,
  },
  INPATIENT_ADULT_NON_SECURE: {
    id: "INPATIENT_ADULT_NON_SECURE",
    duration: m(6),
    section: "§12",
    description: "Inpatient CTR for adults in non-secure settings: every 6 months",
    source: NATIONAL_SOURCE,
  },
  INPATIENT_ADULT_SECURE: {
    id: "INPATIENT_ADULT_SECURE",
    duration: m(12),
    section: "§12",
    description: "Inpatient CTR for adults in secure settings: every 12 months",
    source: NATIONAL_SOURCE,
  },
  PLANNED_ACUTE_STAY: {
    id: "PLANNED_ACUTE_STAY",
    duration: m(6),
    section: "§4",
    description:
      "Acute mental health admission on a planned crisis pathway: an inpatient CTR once the stay reaches six months",
    source: NATIONAL_SOURCE,
  },
  REPORT_CIRCULATION: {
    id: "REPORT_CIRCULATION",
    duration: w(2),
    section: "§7.2.18",
    description: "The report is circulated within two weeks of the review (§7.3.6, standard 6.3)",
    source: NATIONAL_SOURCE,
  },
  TREATMENT_PLAN: {
    id: "TREATMENT_PLAN",
    duration: w(4),
    section: "Appendix 3 step 1",
    description: "The hospital team produces a treatment plan within four weeks of admission",
    source: NATIONAL_SOURCE,
  },
  FIRST_COMMUNITY_VISIT: {
    id: "FIRST_COMMUNITY_VISIT",
    duration: w(1),
    section: "Appendix 3 step 7",
    description: "The first community follow-up visit is within one week of leaving hospital",
    source: NATIONAL_SOURCE,
  },
  // "24 hours" on a calendar-date clock: due by the next calendar day.
  ACCESS_EMERGENCY_ASSESSMENT: {
    id: "ACCESS_EMERGENCY_ASSESSMENT",
    duration: { amount: 1, unit: "CALENDAR_DAYS" },
    section: "§18",
    description: "Emergency access assessment: initial response and assessment within 24 hours",
    source: NATIONAL_SOURCE,
  },
  ACCESS_URGENT_VERBAL_RESPONSE: {
    id: "ACCESS_URGENT_VERBAL_RESPONSE",
    duration: { amount: 1, unit: "CALENDAR_DAYS" },
    section: "§18",
    description: "Urgent access assessment: verbal response within 24 hours of referral",
    source: NATIONAL_SOURCE,
  },
  ACCESS_URGENT_ASSESSMENT: {
    id: "ACCESS_URGENT_ASSESSMENT",
    duration: w(4),
    section: "§18",
    description: "Urgent access assessment: assessment within 4 weeks",
    source: NATIONAL_SOURCE,
  },
  ACCESS_ROUTINE_RESPONSE: {
    id: "ACCESS_ROUTINE_RESPONSE",
    duration: { amount: 14, unit: "WORKING_DAYS" },
    section: "§18",
    description: "Routine access assessment: initial response within 14 working days",
    source: NATIONAL_SOURCE,
  },
  ACCESS_ROUTINE_ASSESSMENT: {
    id: "ACCESS_ROUTINE_ASSESSMENT",
    duration: m(1),
    section: "§18",
    description: "Routine access assessment: assessment within 1 month",
    source: NATIONAL_SOURCE,
  },
  MOJ_CONTACT: {
    id: "MOJ_CONTACT",
    duration: w(1),
    section: "Appendix 6",
    description:
      "Restricted patient found ready for discharge: the responsible clinician contacts the Ministry of Justice within one week",
    source: NATIONAL_SOURCE,
  },
};

/** Built-in local profiles: examples staff asked for, each citing its source. */
export const BUILT_IN_PROFILES: readonly PolicyProfile[] = [
  {
    key: NATIONAL_PROFILE_KEY,
    name: "National policy (NHS England, 2017)",
    description: "The 2017 Care and Treatment Reviews policy, unchanged",
    rules: {},
  },
  {
    key: "local-10-day-inpatient-cetr",
    name: "Inpatient CETR within 10 days of admission",
    description:
      "A local area where a young person's inpatient CETR is held within 10 days of admission",
    rules: {
      POST_ADMISSION_CHILD: {
        duration: { amount: 10, unit: "CALENDAR_DAYS" },
        source: 'Local area CETR page (seed 001): "an inpatient CETR must be held within 10 days"',
      },
    },
  },
  {
    key: "children-5-working-days",
    name: "Children's post-admission CETR within 5 working days",
    description:
      "NHS England's later request: post-admission CETRs for children within 5 working days",
    rules: {
      POST_ADMISSION_CHILD: {
        duration: { amount: 5, unit: "WORKING_DAYS" },
        source: "NHS England request after the 2017 policy (see docs/domain.md)",
      },
    },
  },
];

export interface ProfileError {
  code: ErrorCode;
  message: string;
  /** The profile key the error is about. */
  profileKey: string;
  errors: FieldError[];
}

const PROFILE_KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;
const MAX_AMOUNT = 1000;

/** Checks a profile's shape and values, listing every problem. */
export function validateProfile(profile: PolicyProfile): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, code: ErrorCode, message: string) =>
    errors.push({ field, code, message });
  // Profiles may arrive as JSON: a non-object is an error, never a crash.
  if (typeof profile !== "object" || profile === null) {
    fail("key", "PROFILE_INVALID", "A profile is an object with a key, a name and rules");
    return errors;
  }
  if (typeof profile.key !== "string" || !PROFILE_KEY.test(profile.key))
    fail("key", "PROFILE_INVALID", "A profile key is lower-case letters, digits and hyphens");
  if (typeof profile.name !== "string" || profile.name.trim() === "")
    fail("name", "REQUIRED", "Give the profile a name");
  const rules = profile.rules ?? {};
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
    fail("rules", "PROFILE_INVALID", "Rules are an object keyed by rule id");
    return errors;
  }
  for (const [id, override] of Object.entries(rules)) {
    const field = `rules.${id}`;
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      fail(field, "PROFILE_RULE_UNKNOWN", `${id} is not a timescale rule (${RULE_IDS.join(", ")})`);
      continue;
    }
    const d = override?.duration;
    if (!d || !(DURATION_UNITS as readonly string[]).includes(d.unit))
      fail(
        `${field}.duration.unit`,
        "PROFILE_DURATION_INVALID",
        `Unit must be one of ${DURATION_UNITS.join(", ")}`,
      );
    if (!d || !Number.isInteger(d.amount) || d.amount < 1 || d.amount > MAX_AMOUNT)
      fail(
        `${field}.duration.amount`,
        "PROFILE_DURATION_INVALID",
        `Amount must be a whole number from 1 to ${MAX_AMOUNT}`,
      );
    if (!override?.source || override.source.trim() === "")
      fail(`${field}.source`, "REQUIRED", "Say where the local timescale comes from");
  }
  return errors;
}

/**
 * Resolves a profile key to every rule's timescale, falling back to national
 * for rules the profile leaves out. Unknown keys and invalid profiles are
 * errors, never a silent fallback to national: a wrong deadline is worse than none.
 */
export function resolveProfile(
  key: string,
  extraProfiles: readonly PolicyProfile[] = [],
): Result<ResolvedProfile, ProfileError> {
  const matches = [...extraProfiles, ...BUILT_IN_PROFILES].filter((p) => p?.key === key);
  const profile = matches[0];
  if (!profile)
    return {
      ok: false,
      error: {
        code: "PROFILE_UNKNOWN",
        message: `${ERROR_CODES.PROFILE_UNKNOWN}: "${key}"`,
        profileKey: key,
        errors: [],
      },
    };
  const errors = validateProfile(profile);
  // A local profile must not shadow a built-in one ("national-2017" must mean the 2017 policy),
  // and two local profiles with one key would make the choice depend on list order.
  if (BUILT_IN_PROFILES.some((p) => p.key === key) && matches.length > 1)
    errors.push({
      field: "key",
      code: "PROFILE_INVALID",
      message: `"${key}" is a built-in profile key; give the local profile its own key`,
    });
  else if (matches.length > 1)
    errors.push({
      field: "key",
      code: "PROFILE_INVALID",
      message: `${matches.length} profiles share the key "${key}"`,
    });
  if (errors.length > 0)
    return {
      ok: false,
      error: {
        code: "PROFILE_INVALID",
        message: `Policy profile "${key}" is not valid`,
        profileKey: key,
        errors,
      },
    };
  const rules = {} as ResolvedProfile["rules"];
  for (const id of RULE_IDS) {
    const override = profile.rules?.[id];
    rules[id] = override
      ? {
          ...NATIONAL_RULES[id],
          duration: override.duration,
          source: override.source,
          section: override.section ?? NATIONAL_RULES[id].section,
          origin: "LOCAL",
        }
      : { ...NATIONAL_RULES[id], origin: "NATIONAL" };
  }
  return { ok: true, value: { key: profile.key, name: profile.name, rules } };
}

/** The resolved rules as a list in RULE_IDS order: maps do not travel well over GraphQL. */
export function profileRules(profile: ResolvedProfile): ResolvedProfile["rules"][RuleId][] {
  return RULE_IDS.map((id) => profile.rules[id]);
}

/** The date a timescale ends when it starts on `from` (the last day that is on time). */
export function applyDuration(
  from: CalendarDate,
  duration: Duration,
  holidays?: HolidayCalendar,
): CalendarDate {
  switch (duration.unit) {
    case "CALENDAR_DAYS":
      return addDays(from, duration.amount);
    case "WEEKS":
      return addDays(from, duration.amount * 7);
    case "MONTHS":
      return addMonths(from, duration.amount);
    case "WORKING_DAYS":
      return addWorkingDays(from, duration.amount, holidays);
  }
}

/** "4 weeks", "5 working days": for reasons shown to people. */
export function describeDuration(duration: Duration): string {
  const unit = {
    CALENDAR_DAYS: ["day", "days"],
    WEEKS: ["week", "weeks"],
    MONTHS: ["month", "months"],
    WORKING_DAYS: ["working day", "working days"],
  }[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? unit[0] : unit[1]}`;
}
