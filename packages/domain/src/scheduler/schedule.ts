import {
  ageOn,
  birthday,
  type CalendarDate,
  compareCalendarDates,
  daysBetween,
  londonCalendarDate,
  parseCalendarDate,
} from "../calendar-date.js";
import type { ErrorCode, FieldError, Result } from "../errors.js";
import {
  applyDuration,
  DURATION_UNITS,
  describeDuration,
  NATIONAL_PROFILE_KEY,
  type PolicyProfile,
  type ProfileError,
  type ResolvedProfile,
  RULE_IDS,
  type RuleId,
  resolveProfile,
} from "../profiles.js";
import type { HolidayCalendar } from "../working-days.js";
import {
  ACCESS_URGENCIES,
  type AccessUrgency,
  ADMISSION_ROUTES,
  type AdmissionRoute,
  HELD_REVIEW_KINDS,
  HOSPITAL_SETTINGS,
  type HospitalSetting,
  isSecureSetting,
  PATHWAY_EVENT_KINDS,
  type PathwayEvent,
  REGISTER_RATINGS,
  REVIEW_OUTCOMES,
  securityLevel,
} from "./events.js";

export const DUE_KINDS = [
  "COMMUNITY_REVIEW",
  "POST_ADMISSION_REVIEW",
  "INPATIENT_REVIEW",
  "HIGHER_SECURITY_REVIEW",
  "REVIEW_ON_REQUEST",
  "REPORT_CIRCULATION",
  "TREATMENT_PLAN",
  "FIRST_COMMUNITY_VISIT",
  "ACCESS_RESPONSE",
  "ACCESS_ASSESSMENT",
  "MOJ_CONTACT",
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/**
 * When something is due. Most clocks end on a date; some policy triggers are
 * relative to a future event ("before admission") or left to local protocol
 * (§14), and saying so is better than inventing a date.
 */
export type DueCondition = "BY_DATE" | "BEFORE_ADMISSION" | "BEFORE_TRANSFER" | "AS_AGREED_LOCALLY";

export interface DueItem {
  kind: DueKind;
  /** The profile rule that set the timescale, or the policy trigger when there is no timescale. */
  rule: RuleId | "COMMUNITY_BEFORE_ADMISSION" | "HIGHER_SECURITY_MOVE" | "REQUEST";
  section: string;
  reason: string;
  triggerDate: CalendarDate;
  /** Index into the caller's events array of the event that started the clock. */
  triggerEventIndex: number;
  triggerEventId: string | null;
  dueDate: CalendarDate | null;
  dueCondition: DueCondition;
  overdue: boolean;
  /** Days past the due date as of `now` (0 when not overdue). */
  daysOverdue: number;
}

export type NoteKind = "EXEMPTION" | "NOT_APPLICABLE" | "INFORMATION";

/** Why something is *not* due: exemptions are decisions people must be able to see. */
export interface ScheduleNote {
  kind: NoteKind;
  rule: string;
  section: string;
  reason: string;
}

export interface PathwaySchedule {
  profileKey: string;
  asOf: CalendarDate;
  inHospital: boolean;
  currentSetting: HospitalSetting | null;
  /** What to call a review for this person today: CETR under 18, CTR from 18 (Annex A §22). */
  reviewName: "CETR" | "CTR";
  reviews: DueItem[];
  clocks: DueItem[];
  notes: ScheduleNote[];
}

export interface PathwayError {
  code: ErrorCode;
  message: string;
  /** Index into the caller's events array (-1 when the problem is not one event). */
  eventIndex: number;
  eventId: string | null;
  eventKind: string | null;
  eventDate: string | null;
  /** The other event involved, e.g. the open admission an overlapping one collides with. */
  relatedEventIndex: number | null;
  /** Set when the profile could not be used. */
  profileError: ProfileError | null;
}

export interface ScheduleInput {
  dateOfBirth: string;
  events: readonly PathwayEvent[];
  /** Today, as an instant (converted to the London date) or a "YYYY-MM-DD" date. */
  now: Date | string;
  /** A profile key or an already resolved profile. Defaults to the 2017 national policy. */
  profile?: string | ResolvedProfile;
  /** Local profiles to resolve `profile` against, besides the built-in ones. */
  extraProfiles?: readonly PolicyProfile[];
  holidays?: HolidayCalendar;
}

interface Ref {
  date: CalendarDate;
  index: number;
}

interface Stay {
  admission: Ref;
  /**
   * When the stay became a specialist (learning disability / mental health)
   * stay: the admission, or a transfer out of a general hospital. Null while
   * the person has only been in a general hospital for physical illness (§4).
   */
  specialistSince: Ref | null;
  route: AdmissionRoute;
  setting: HospitalSetting;
  restricted: boolean;
  communityReviewBefore: boolean;
  emergencyMeetingBefore: Ref | null;
  lastReview: Ref | null;
  treatmentPlanShared: boolean;
  resettlementExempt: Ref | null;
  /** An intended or completed move to higher security with no review since. */
  higherSecurity: { intended: Ref; transfer: Ref | null; reviewed: boolean } | null;
  mojPending: Ref | null;
}

interface AccessReferral {
  ref: Ref;
  urgency: AccessUrgency;
  responded: boolean;
}

function fail(
  code: ErrorCode,
  message: string,
  events: readonly PathwayEvent[],
  index: number,
  relatedEventIndex: number | null = null,
): { ok: false; error: PathwayError } {
  const e = events[index];
  return {
    ok: false,
    error: {
      code,
      message,
      eventIndex: index,
      eventId: e?.id ?? null,
      eventKind: e?.kind ?? null,
      eventDate: e?.date ?? null,
      relatedEventIndex,
      profileError: null,
    },
  };
}

/** An event that only makes sense during a hospital stay arrived outside one. */
function needsStay(events: readonly PathwayEvent[], index: number) {
  return fail(
    "EVENT_REQUIRES_HOSPITAL_STAY",
    `${describe(events[index], index)} needs an open hospital stay`,
    events,
    index,
  );
}

function describe(e: PathwayEvent | undefined, index: number): string {
  return e
    ? `${e.kind}${e.id ? ` "${e.id}"` : ""} on ${e.date} (event ${index})`
    : `event ${index}`;
}

const KNOWN_KINDS = new Set<string>(PATHWAY_EVENT_KINDS);
const SETTINGS = new Set<string>(HOSPITAL_SETTINGS);
const ROUTES = new Set<string>(ADMISSION_ROUTES);
const HELD_KINDS = new Set<string>(HELD_REVIEW_KINDS);
const URGENCIES = new Set<string>(ACCESS_URGENCIES);
const RATINGS = new Set<string>(REGISTER_RATINGS);
const OUTCOMES = new Set<string>(REVIEW_OUTCOMES);

/**
 * Same-day order. Requests and referrals open a clock, follow-ups
 * (report sent, plan shared, visit, response, assessment, MoJ contact) close
 * one: on the same day they are taken in that order whatever the array order,
 * so "sent the same day as the review" is never left open by how a form listed
 * it. Everything else keeps the caller's order (an admission and a discharge on
 * the same day mean different things in different orders).
 */
const SAME_DAY_RANK: Partial<Record<PathwayEvent["kind"], number>> = {
  REVIEW_REQUESTED: 0,
  ACCESS_REFERRAL: 0,
  REPORT_SENT: 2,
  TREATMENT_PLAN_SHARED: 2,
  COMMUNITY_VISIT: 2,
  ACCESS_RESPONSE: 2,
  ACCESS_ASSESSMENT: 2,
  MOJ_CONTACTED: 2,
};
const rankOf = (e: PathwayEvent): number => SAME_DAY_RANK[e.kind] ?? 1;

/**
 * Input may come from JSON, not only from typed code: a field outside its
 * union must be a named error, not a crash or a silently wrong schedule.
 */
function invalidField(e: PathwayEvent): string | null {
  switch (e.kind) {
    case "ADMISSION":
      if (!ROUTES.has(e.route)) return "route";
      return SETTINGS.has(e.setting) ? null : "setting";
    case "TRANSFER":
      return SETTINGS.has(e.setting) ? null : "setting";
    case "ADMISSION_CONSIDERED":
      return e.route === undefined || ROUTES.has(e.route) ? null : "route";
    case "REVIEW_HELD":
      if (!HELD_KINDS.has(e.reviewKind)) return "reviewKind";
      return e.outcome === undefined || OUTCOMES.has(e.outcome) ? null : "outcome";
    case "ACCESS_REFERRAL":
      return URGENCIES.has(e.urgency) ? null : "urgency";
    case "REGISTER_ENTRY":
      return RATINGS.has(e.rating) ? null : "rating";
    default:
      return null;
  }
}

/**
 * When a convened request was asked for must be a real date, on or after the
 * date of birth and not after the day it was convened (§14: asked, then agreed).
 */
function requestedOnProblem(
  e: PathwayEvent,
  dob: CalendarDate,
): { code: ErrorCode; message: string } | null {
  if (e.kind !== "REVIEW_REQUESTED" || e.requestedOn === undefined) return null;
  if (typeof e.requestedOn !== "string" || !parseCalendarDate(e.requestedOn))
    return { code: "DATE_INVALID", message: `asked for on "${e.requestedOn}", not a real date` };
  if (e.requestedOn < dob)
    return {
      code: "EVENT_BEFORE_BIRTH",
      message: `asked for on ${e.requestedOn}, before the date of birth ${dob}`,
    };
  if (e.requestedOn > e.date)
    return {
      code: "DATE_INVALID",
      message: `asked for on ${e.requestedOn}, after it was convened`,
    };
  return null;
}

/**
 * A resolved profile passed in directly (not via a key) did not go through
 * resolveProfile: check it has every rule with a usable duration, so a bad
 * object is PROFILE_INVALID rather than a crash or a wrong date.
 */
function resolvedProfileErrors(profile: ResolvedProfile | null): FieldError[] {
  if (typeof profile !== "object" || profile === null || typeof profile.rules !== "object")
    return [{ field: "rules", code: "PROFILE_INVALID", message: "Not a resolved profile" }];
  const errors: FieldError[] = [];
  for (const id of RULE_IDS) {
    const d = profile.rules?.[id]?.duration;
    if (
      !d ||
      !(DURATION_UNITS as readonly string[]).includes(d.unit) ||
      !Number.isInteger(d.amount) ||
      d.amount < 1
    )
      errors.push({
        field: `rules.${id}.duration`,
        code: "PROFILE_INVALID",
        message: `${id} has no usable duration`,
      });
  }
  return errors;
}

/**
 * Works out every review and clock that is due for one person, with the rule
 * and § behind each, from their history and a policy profile (§9–§12, §4,
 * Annex A §27/§34, Appendices 3, 4 and 6, §18). One pass over the events in
 * date order: linear in history length.
 */
export function schedulePathway(input: ScheduleInput): Result<PathwaySchedule, PathwayError> {
  const { events } = input;
  let profile: ResolvedProfile;
  if (typeof input.profile === "object") {
    const errors = resolvedProfileErrors(input.profile);
    if (errors.length > 0) {
      const key = (input.profile as ResolvedProfile | null)?.key;
      const profileKey = typeof key === "string" ? key : "";
      const message = `Policy profile "${profileKey}" is not a valid resolved profile`;
      return {
        ok: false,
        error: {
          code: "PROFILE_INVALID",
          message,
          eventIndex: -1,
          eventId: null,
          eventKind: null,
          eventDate: null,
          relatedEventIndex: null,
          profileError: { code: "PROFILE_INVALID", message, profileKey, errors },
        },
      };
    }
    profile = input.profile;
  } else {
    const resolved = resolveProfile(input.profile ?? NATIONAL_PROFILE_KEY, input.extraProfiles);
    if (!resolved.ok)
      return {
        ok: false,
        error: {
          code: resolved.error.code,
          message: resolved.error.message,
          eventIndex: -1,
          eventId: null,
          eventKind: null,
          eventDate: null,
          relatedEventIndex: null,
          profileError: resolved.error,
        },
      };
    profile = resolved.value;
  }
  const dob = parseCalendarDate(input.dateOfBirth);
  if (!dob)
    return fail(
      "DATE_INVALID",
      `Date of birth "${input.dateOfBirth}" is not a real date`,
      events,
      -1,
    );
  const now =
    typeof input.now === "string" ? parseCalendarDate(input.now) : londonCalendarDate(input.now);
  if (!now)
    return fail("DATE_INVALID", `"now" (${String(input.now)}) is not a real date`, events, -1);
  if (dob > now)
    return fail("DATE_INVALID", `Date of birth ${dob} is after today (${now})`, events, -1);

  // Validate dates and order; histories usually arrive sorted, so only sort when needed.
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as PathwayEvent;
    if (typeof e !== "object" || e === null)
      return fail("INVALID_CHOICE", `Event ${i} is not an event object`, events, i);
    if (!KNOWN_KINDS.has(e.kind))
      return fail("INVALID_CHOICE", `Unknown event kind in ${describe(e, i)}`, events, i);
    const field = invalidField(e);
    if (field)
      return fail(
        "INVALID_CHOICE",
        `${describe(e, i)}: "${field}" is not one of the allowed values`,
        events,
        i,
      );
    if (typeof e.date !== "string" || !parseCalendarDate(e.date))
      return fail("DATE_INVALID", `${describe(e, i)}: "${e.date}" is not a real date`, events, i);
    if (e.date < dob)
      return fail(
        "EVENT_BEFORE_BIRTH",
        `${describe(e, i)} is before the date of birth ${dob}`,
        events,
        i,
      );
    if (e.date > now)
      return fail("EVENT_AFTER_NOW", `${describe(e, i)} is after today (${now})`, events, i);
    const asked = requestedOnProblem(e, dob);
    if (asked) return fail(asked.code, `${describe(e, i)}: ${asked.message}`, events, i);
    if (i > 0) {
      const prev = events[i - 1] as PathwayEvent;
      if (e.date < prev.date || (e.date === prev.date && rankOf(e) < rankOf(prev))) sorted = false;
    }
  }
  let order: number[] | null = null;
  if (!sorted)
    order = events
      .map((_, i) => i)
      .sort((a, b) => {
        const ea = events[a] as PathwayEvent;
        const eb = events[b] as PathwayEvent;
        if (ea.date !== eb.date) return ea.date < eb.date ? -1 : 1;
        return rankOf(ea) - rankOf(eb) || a - b;
      });

  let stay: Stay | null = null;
  let communityReviewSinceDischarge = false;
  let emergencyMeeting: Ref | null = null;
  let admissionConsidered: (Ref & { route: AdmissionRoute | null; register: boolean }) | null =
    null;
  let visitPending: Ref | null = null;
  let lastDischarge: CalendarDate | null = null;
  /** A convened request not yet answered by a review held (§14). */
  let requestPending: (Ref & { requestedOn: CalendarDate | null }) | null = null;
  let pendingReports: Ref[] = [];
  let access: AccessReferral[] = [];

  /** The stay becomes a specialist stay: §11 looks back at the community pathway from here. */
  const startSpecialist = (s: Stay, ref: Ref) => {
    s.specialistSince = ref;
    // The specialist team's treatment plan (Appendix 3 step 1) counts from here.
    s.treatmentPlanShared = false;
    // Appendix 4 §45.2.3: an emergency meeting after the last community review still needs the full review.
    // §5, §18: via the courts or prison the post-admission review always takes place.
    s.communityReviewBefore =
      s.route !== "CRIMINAL_JUSTICE" && communityReviewSinceDischarge && emergencyMeeting === null;
    s.emergencyMeetingBefore = emergencyMeeting;
    admissionConsidered = null;
    visitPending = null;
  };

  for (let k = 0; k < events.length; k++) {
    const index = order ? (order[k] as number) : k;
    const e = events[index] as PathwayEvent;
    const ref: Ref = { date: e.date as CalendarDate, index };
    switch (e.kind) {
      case "COMMUNITY_LIVING":
        break;
      case "REGISTER_ENTRY":
        // Red means at risk of admission now: the community review trigger of §10.
        if (!stay?.specialistSince && e.rating === "RED" && !admissionConsidered)
          admissionConsidered = { ...ref, route: null, register: true };
        // Rated down from red: admission is no longer being considered on the register's say-so.
        else if (e.rating !== "RED" && admissionConsidered?.register) admissionConsidered = null;
        break;
      case "ADMISSION_CONSIDERED":
        if (!stay?.specialistSince)
          admissionConsidered = { ...ref, route: e.route ?? null, register: false };
        break;
      case "EMERGENCY_PROTOCOL_MEETING":
        if (!stay?.specialistSince) emergencyMeeting = ref;
        break;
      case "ADMISSION":
        if (stay)
          return fail(
            "OVERLAPPING_STAYS",
            `${describe(e, index)} overlaps the stay that began with ${describe(events[stay.admission.index], stay.admission.index)}; record a discharge or a transfer`,
            events,
            index,
            stay.admission.index,
          );
        stay = {
          admission: ref,
          specialistSince: null,
          route: e.route,
          setting: e.setting,
          restricted: e.restricted === true,
          communityReviewBefore: false,
          emergencyMeetingBefore: null,
          lastReview: null,
          treatmentPlanShared: false,
          resettlementExempt: null,
          higherSecurity: null,
          mojPending: null,
        };
        // §4: a general hospital stay for physical illness is outside the pathway;
        // the community pathway (pending review, reviews held) carries on through it.
        if (e.setting !== "GENERAL_HOSPITAL_PHYSICAL") startSpecialist(stay, ref);
        break;
      case "TRANSFER":
        if (!stay)
          return fail(
            "TRANSFER_WITHOUT_ADMISSION",
            `${describe(e, index)} has no open hospital stay to transfer within`,
            events,
            index,
          );
        // A planned transfer is one continuous stay (§4): clocks carry on.
        if (!stay.specialistSince) {
          if (e.setting !== "GENERAL_HOSPITAL_PHYSICAL") startSpecialist(stay, ref);
          stay.setting = e.setting;
          break;
        }
        if (securityLevel(e.setting) > securityLevel(stay.setting)) {
          // A move up with no intention recorded still needed its review first.
          stay.higherSecurity = stay.higherSecurity?.reviewed
            ? null
            : { intended: stay.higherSecurity?.intended ?? ref, transfer: ref, reviewed: false };
        }
        stay.setting = e.setting;
        break;
      case "HIGHER_SECURITY_MOVE_INTENDED":
        if (!stay) return needsStay(events, index);
        stay.higherSecurity = { intended: ref, transfer: null, reviewed: false };
        break;
      case "RESETTLEMENT_PATHWAY":
        if (!stay) return needsStay(events, index);
        stay.resettlementExempt =
          e.housingInPlace &&
          e.careProviderInPlace &&
          e.clearDischargePlan &&
          e.dischargeDateIdentified &&
          !e.anyPartyDissatisfied
            ? ref
            : null;
        break;
      case "DISCHARGE":
        if (!stay)
          return fail(
            "DISCHARGE_WITHOUT_ADMISSION",
            `${describe(e, index)} has no admission before it`,
            events,
            index,
          );
        lastDischarge = ref.date;
        if (!stay.specialistSince) {
          // §4: leaving a general hospital starts no Appendix 3 clock.
          stay = null;
          break;
        }
        stay = null;
        visitPending = ref;
        communityReviewSinceDischarge = false;
        emergencyMeeting = null;
        admissionConsidered = null;
        break;
      case "REVIEW_HELD":
        if (
          !stay &&
          (e.reviewKind === "POST_ADMISSION" ||
            e.reviewKind === "INPATIENT" ||
            e.reviewKind === "HIGHER_SECURITY")
        )
          return fail(
            "EVENT_REQUIRES_HOSPITAL_STAY",
            `${describe(e, index)}: a ${e.reviewKind} review needs an open hospital stay`,
            events,
            index,
          );
        if (stay?.specialistSince) {
          stay.lastReview = ref;
          // §4: the review before a move to higher security uses the community lines of enquiry.
          if (
            stay.higherSecurity &&
            (e.reviewKind === "HIGHER_SECURITY" || e.reviewKind === "COMMUNITY")
          )
            stay.higherSecurity.reviewed = true;
          // Appendix 6: ready for discharge, or care possible in a less restrictive environment.
          if (
            (e.outcome === "READY_FOR_DISCHARGE" || e.outcome === "LESS_RESTRICTIVE_SETTING") &&
            stay.restricted
          )
            stay.mojPending = ref;
        } else {
          communityReviewSinceDischarge = true;
          // Appendix 4: only an emergency meeting *after* the last community review needs the full review.
          emergencyMeeting = null;
          admissionConsidered = null;
        }
        requestPending = null;
        pendingReports.push(ref);
        break;
      case "REVIEW_REQUESTED":
        // The first one still open decides: a second request before any review is the same wait.
        if (!requestPending)
          requestPending = { ...ref, requestedOn: (e.requestedOn as CalendarDate) ?? null };
        break;
      case "REPORT_SENT":
        pendingReports = [];
        break;
      case "TREATMENT_PLAN_SHARED":
        // Shared on the day of discharge (listed after it): nothing left to close.
        if (!stay && lastDischarge === ref.date) break;
        if (!stay) return needsStay(events, index);
        stay.treatmentPlanShared = true;
        break;
      case "COMMUNITY_VISIT":
        visitPending = null;
        break;
      case "ACCESS_REFERRAL":
        access.push({ ref, urgency: e.urgency, responded: false });
        break;
      case "ACCESS_RESPONSE":
        for (const a of access) a.responded = true;
        break;
      case "ACCESS_ASSESSMENT":
        access = [];
        break;
      case "MOJ_CONTACTED":
        if (stay) stay.mojPending = null;
        break;
    }
  }

  const reviews: DueItem[] = [];
  const clocks: DueItem[] = [];
  const notes: ScheduleNote[] = [];
  const item = (
    kind: DueKind,
    rule: DueItem["rule"],
    section: string,
    reason: string,
    trigger: Ref,
    dueDate: CalendarDate | null,
    dueCondition: DueCondition = "BY_DATE",
  ): DueItem => {
    const late =
      dueDate !== null && compareCalendarDates(now, dueDate) > 0 ? daysBetween(dueDate, now) : 0;
    return {
      kind,
      rule,
      section,
      reason,
      triggerDate: trigger.date,
      triggerEventIndex: trigger.index,
      triggerEventId: events[trigger.index]?.id ?? null,
      dueDate,
      dueCondition,
      overdue: late > 0,
      daysOverdue: late,
    };
  };
  const timed = (
    kind: DueKind,
    rule: RuleId,
    reason: string,
    trigger: Ref,
    sectionExtra = "",
  ): DueItem => {
    const r = profile.rules[rule];
    const due = applyDuration(trigger.date, r.duration, input.holidays);
    const local = r.origin === "LOCAL" ? ` (local profile "${profile.key}": ${r.source})` : "";
    return item(
      kind,
      rule,
      `${r.section}${sectionExtra}`,
      `${reason}: within ${describeDuration(r.duration)} of ${trigger.date}${local}`,
      trigger,
      due,
    );
  };
  const isChildOn = (date: CalendarDate) => ageOn(dob, date) < 18;

  if (!stay?.specialistSince) {
    if (stay)
      notes.push({
        kind: "EXEMPTION",
        rule: "GENERAL_HOSPITAL",
        section: "§4",
        reason:
          "In a general hospital for assessment and treatment of physical illness: no review pathway applies (§4)",
      });
    if (admissionConsidered) {
      if (admissionConsidered.route === "CRIMINAL_JUSTICE")
        notes.push({
          kind: "NOT_APPLICABLE",
          rule: "COMMUNITY_BEFORE_ADMISSION",
          section: "§4",
          reason:
            "Admission via the courts or prison: no community review; the post-admission review applies instead (§4, §18)",
        });
      else
        reviews.push(
          item(
            "COMMUNITY_REVIEW",
            "COMMUNITY_BEFORE_ADMISSION",
            admissionConsidered.register ? "§10; Appendix 2" : "§10",
            `${admissionConsidered.register ? "Register rating red (at risk of admission now)" : "Admission is being actively considered"}: a community ${isChildOn(now) ? "CETR" : "CTR"} should be held before any admission (§10, §18)`,
            admissionConsidered,
            null,
            "BEFORE_ADMISSION",
          ),
        );
    }
  } else {
    const s: Stay = stay;
    // The specialist stay: from admission, or from the transfer out of a general hospital.
    const admission: Ref = stay.specialistSince;
    const child = isChildOn(admission.date);
    if (s.setting === "GENERAL_HOSPITAL_PHYSICAL")
      notes.push({
        kind: "INFORMATION",
        rule: "GENERAL_HOSPITAL",
        section: "§4",
        reason:
          "Treated in a general hospital during a specialist inpatient stay: one continuous stay, the inpatient review clock carries on (§4)",
      });
    if (s.resettlementExempt) {
      notes.push({
        kind: "EXEMPTION",
        rule: "RESETTLEMENT_PATHWAY",
        section: "§4",
        reason: `On a resettlement pathway since ${s.resettlementExempt.date} with housing, care provider, discharge plan and date in place and no party dissatisfied: may be exempt from inpatient reviews (§4)`,
      });
    } else if (!s.lastReview && s.setting === "ACUTE_MH_PLANNED_CRISIS") {
      notes.push({
        kind: "EXEMPTION",
        rule: "PLANNED_ACUTE_PATHWAY",
        section: "§4",
        reason:
          "Acute mental health admission on a planned crisis pathway: no review unless requested or the stay reaches six months (§4, §5)",
      });
      reviews.push(
        timed(
          "INPATIENT_REVIEW",
          "PLANNED_ACUTE_STAY",
          "Planned acute admission reaches six months: an inpatient review is triggered",
          admission,
          "; §5",
        ),
      );
    } else if (!s.lastReview && !s.communityReviewBefore) {
      const rule: RuleId = child ? "POST_ADMISSION_CHILD" : "POST_ADMISSION_ADULT";
      const name = child ? "CETR (under 18 at admission)" : "CTR";
      const why =
        s.emergencyMeetingBefore !== null
          ? `Admitted after a Local Area Emergency Protocol meeting on ${s.emergencyMeetingBefore.date}: a full post-admission ${name}`
          : s.route === "CRIMINAL_JUSTICE"
            ? `Admitted via the criminal justice route (courts or prison; no community review applies): the post-admission ${name} still takes place`
            : `Admitted with no community review first: a post-admission ${name}`;
      const extra =
        (s.emergencyMeetingBefore ? "; Appendix 4 §45.2.3" : "") +
        (s.route === "CRIMINAL_JUSTICE" ? "; §5; §18" : "") +
        (child && !s.emergencyMeetingBefore ? "; §27" : "");
      reviews.push(timed("POST_ADMISSION_REVIEW", rule, why, admission, extra));
    } else {
      // §7.3.8: after a pre- or post-admission review the next one follows at the inpatient interval.
      const anchor = s.lastReview ?? admission;
      const childAtAnchor = isChildOn(anchor.date);
      const rule: RuleId = childAtAnchor
        ? "INPATIENT_CHILD"
        : isSecureSetting(s.setting)
          ? "INPATIENT_ADULT_SECURE"
          : "INPATIENT_ADULT_NON_SECURE";
      const since = s.lastReview
        ? `the last review on ${anchor.date}`
        : `admission on ${anchor.date} (community review held before admission)`;
      let why = childAtAnchor
        ? `Child or young person in hospital: inpatient CETR every ${describeDuration(profile.rules[rule].duration)} since ${since}`
        : `Adult in a ${isSecureSetting(s.setting) ? "secure" : "non-secure"} setting: inpatient CTR since ${since}`;
      let extra = childAtAnchor ? "; §34" : "";
      const eighteen = birthday(dob, 18);
      if (childAtAnchor) {
        const due = applyDuration(anchor.date, profile.rules[rule].duration, input.holidays);
        if (compareCalendarDates(eighteen, due) <= 0) {
          // The policy is silent on turning 18 mid-stay; the earlier (children's) date keeps scrutiny continuous.
          why += `. Turns 18 on ${eighteen} during the stay: this review keeps the children's interval, adult intervals apply after it`;
          extra += "; §22";
        }
        if (ageOn(dob, anchor.date) < 13)
          notes.push({
            kind: "INFORMATION",
            rule: "UNDER_13",
            section: "§34",
            reason: "Under 13: more frequent reviews may be needed (§34)",
          });
      }
      reviews.push(timed("INPATIENT_REVIEW", rule, why, anchor, extra));
    }
    if (s.higherSecurity && !s.higherSecurity.reviewed) {
      const hs = s.higherSecurity;
      reviews.push(
        item(
          "HIGHER_SECURITY_REVIEW",
          "HIGHER_SECURITY_MOVE",
          "§4",
          hs.transfer
            ? `Moved to a higher-security setting on ${hs.transfer.date} with no review since the intention on ${hs.intended.date}: the review (community lines of enquiry) was due before the move (§4)`
            : `An intended move to a higher-security setting (${hs.intended.date}) triggers a review using the community lines of enquiry, before the move (§4)`,
          hs.intended,
          hs.transfer?.date ?? null,
          "BEFORE_TRANSFER",
        ),
      );
    }
    if (!s.treatmentPlanShared)
      clocks.push(
        timed(
          "TREATMENT_PLAN",
          "TREATMENT_PLAN",
          "The hospital team's treatment plan, shared with the person and commissioner",
          admission,
        ),
      );
    if (s.mojPending)
      clocks.push(
        timed(
          "MOJ_CONTACT",
          "MOJ_CONTACT",
          "Restricted patient found ready for discharge: the responsible clinician contacts the Ministry of Justice",
          s.mojPending,
        ),
      );
  }
  if (requestPending) {
    // §14 (Figure 7) is the adults' pathway; children and young people follow §25 (Figure 9).
    const section = isChildOn(requestPending.date) ? "§14; §25; Figure 9" : "§14; Figure 7";
    const name = isChildOn(now) ? "CETR" : "CTR";
    const agreed = requestPending.requestedOn
      ? `Asked for on ${requestPending.requestedOn}; the commissioner agreed on ${requestPending.date} to hold a ${name}`
      : `The commissioner agreed on ${requestPending.date} to hold the ${name} that was asked for`;
    // §14: the commissioner acts "according to locally established protocols" and the policy
    // sets no timescale, so no date is invented: it is due until a review is held.
    reviews.push(
      item(
        "REVIEW_ON_REQUEST",
        "REQUEST",
        section,
        `${agreed}: it is due now, by the date the local protocol sets (the national policy gives none, §14)`,
        requestPending,
        null,
        "AS_AGREED_LOCALLY",
      ),
    );
  }
  for (const r of pendingReports)
    clocks.push(
      timed(
        "REPORT_CIRCULATION",
        "REPORT_CIRCULATION",
        `Report of the review held on ${r.date} sent to the person, family and care team`,
        r,
        "; §7.3.6; standard 6.3",
      ),
    );
  if (visitPending)
    clocks.push(
      timed(
        "FIRST_COMMUNITY_VISIT",
        "FIRST_COMMUNITY_VISIT",
        "First community visit after leaving hospital",
        visitPending,
      ),
    );
  for (const a of access) {
    if (a.urgency === "EMERGENCY") {
      clocks.push(
        timed(
          "ACCESS_ASSESSMENT",
          "ACCESS_EMERGENCY_ASSESSMENT",
          "Emergency access assessment: response and assessment",
          a.ref,
        ),
      );
      continue;
    }
    const [respond, assess] =
      a.urgency === "URGENT"
        ? (["ACCESS_URGENT_VERBAL_RESPONSE", "ACCESS_URGENT_ASSESSMENT"] as const)
        : (["ACCESS_ROUTINE_RESPONSE", "ACCESS_ROUTINE_ASSESSMENT"] as const);
    const label = a.urgency === "URGENT" ? "Urgent" : "Routine";
    if (!a.responded)
      clocks.push(
        timed(
          "ACCESS_RESPONSE",
          respond,
          `${label} access assessment referral: first response`,
          a.ref,
        ),
      );
    clocks.push(timed("ACCESS_ASSESSMENT", assess, `${label} access assessment`, a.ref));
  }

  return {
    ok: true,
    value: {
      profileKey: profile.key,
      asOf: now,
      inHospital: stay !== null,
      currentSetting: stay?.setting ?? null,
      reviewName: isChildOn(now) ? "CETR" : "CTR",
      reviews,
      clocks,
      notes,
    },
  };
}

/** The first date-bound item, soonest first: what the console highlights. */
export function nextDue(schedule: PathwaySchedule): DueItem | null {
  let best: DueItem | null = null;
  for (const i of [...schedule.reviews, ...schedule.clocks]) {
    if (i.dueDate && (!best?.dueDate || i.dueDate < best.dueDate)) best = i;
  }
  return best;
}
