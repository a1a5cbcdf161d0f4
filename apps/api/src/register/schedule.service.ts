import type { EmergencyProtocolMeeting, Review, ReviewRequest, SettingEvent } from "@cetr/db";
import {
  type FieldError,
  type HeldReviewKind,
  londonCalendarDate,
  type PathwayEvent,
  type PathwaySchedule,
  type ReviewOutcome,
  schedulePathway,
} from "@cetr/domain";
import DataLoader from "dataloader";
import type { Context } from "../context.js";
import { EmergencyMeetingGuard } from "../discharge/guards.js";
import { ReviewGuard } from "../reviews/review.node.js";
import { ReviewRequestGuard, SettingEventGuard } from "./guards.js";

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** A stored setting event as the scheduler's PathwayEvent (the model maps 1:1, see schema.prisma). */
export function toPathwayEvent(e: SettingEvent): PathwayEvent {
  const base = { id: e.id, date: ymd(e.occurredOn) };
  switch (e.kind) {
    case "ADMISSION":
      // Missing route/setting reach the scheduler as-is so it names them (INVALID_CHOICE), never a guess.
      return {
        ...base,
        kind: "ADMISSION",
        route: e.route as NonNullable<typeof e.route>,
        setting: e.setting as NonNullable<typeof e.setting>,
        restricted: e.restricted ?? false,
      };
    case "TRANSFER":
      return { ...base, kind: "TRANSFER", setting: e.setting as NonNullable<typeof e.setting> };
    case "ADMISSION_CONSIDERED":
      return { ...base, kind: "ADMISSION_CONSIDERED", ...(e.route ? { route: e.route } : {}) };
    case "RESETTLEMENT_PATHWAY":
      return {
        ...base,
        kind: "RESETTLEMENT_PATHWAY",
        housingInPlace: e.housingInPlace ?? false,
        careProviderInPlace: e.careProviderInPlace ?? false,
        clearDischargePlan: e.clearDischargePlan ?? false,
        dischargeDateIdentified: e.dischargeDateIdentified ?? false,
        anyPartyDissatisfied: e.anyPartyDissatisfied ?? false,
      };
    default:
      return { ...base, kind: e.kind };
  }
}

/** States in which a review has taken place (it has a `heldOn`). */
const HELD_STATES = new Set(["HELD", "REPORT_DRAFTED", "REPORT_SENT", "FOLLOW_UP", "CLOSED"]);

/** A review that took place, as the scheduler's REVIEW_HELD event. */
export function heldReviewEvent(r: Review): PathwayEvent | null {
  if (!r.heldOn || !HELD_STATES.has(r.status)) return null;
  return {
    id: r.id,
    date: ymd(r.heldOn),
    kind: "REVIEW_HELD",
    reviewKind: r.kind as HeldReviewKind,
    ...(r.outcome ? { outcome: r.outcome as ReviewOutcome } : {}),
  };
}

/**
 * A request for a review the commissioner convened, as the scheduler's
 * REVIEW_REQUESTED event: a review is due from the day it was convened
 * until one is held (§14; §25, Figure 9). Requests at any other stage make
 * nothing due: the care coordinator may still resolve them, or the
 * commissioner declined (§14).
 */
export function convenedRequestEvent(r: ReviewRequest): PathwayEvent | null {
  if (r.stage !== "CONVENED") return null;
  // Convening records the day (advanceReviewRequest); a row written another way falls back to receipt.
  const date = ymd(r.decidedOn ?? r.receivedOn);
  const requestedOn = ymd(r.receivedOn);
  return {
    id: r.id,
    date,
    kind: "REVIEW_REQUESTED",
    // Only a receipt on or before convening is told: the reason never says it was asked for later.
    ...(requestedOn <= date ? { requestedOn } : {}),
  };
}

/** What the scheduler reads about one person besides their date of birth. */
export interface PathwayRecords {
  settingEvents: readonly SettingEvent[];
  reviews: readonly Review[];
  meetings?: readonly EmergencyProtocolMeeting[];
  /** Requests for a review; only convened ones count (convenedRequestEvent). */
  requests?: readonly ReviewRequest[];
}

/**
 * Setting events, convened requests, held reviews and emergency protocol
 * meetings, by date. Same day: a meeting first (it is called when admission
 * is being considered, so it comes before the admission it could not
 * prevent, Appendix 4 §45.2.3), then setting events and requests, then
 * reviews (the scheduler's order: a review held the day a request was
 * convened answers it).
 */
export function pathwayEvents({
  settingEvents: events,
  reviews,
  meetings = [],
  requests = [],
}: PathwayRecords) {
  const all = [
    ...meetings.map((m) => {
      const date = londonCalendarDate(m.heldAt);
      return {
        at: new Date(`${date}T00:00:00Z`).getTime(),
        rank: -1,
        event: { id: m.id, date, kind: "EMERGENCY_PROTOCOL_MEETING" } as PathwayEvent,
      };
    }),
    ...events.map((e) => ({ at: e.occurredOn.getTime(), rank: 0, event: toPathwayEvent(e) })),
    ...requests.flatMap((r) => {
      const event = convenedRequestEvent(r);
      return event ? [{ at: new Date(`${event.date}T00:00:00Z`).getTime(), rank: 0, event }] : [];
    }),
    ...reviews.flatMap((r) => {
      const event = heldReviewEvent(r);
      return event && r.heldOn ? [{ at: r.heldOn.getTime(), rank: 1, event }] : [];
    }),
  ];
  all.sort((a, b) => a.at - b.at || a.rank - b.rank);
  return all.map((x) => x.event);
}

export type ScheduleOutcome =
  | { ok: true; schedule: PathwaySchedule }
  | { ok: false; problem: FieldError }
  /** The viewer may not read this person's setting history. */
  | null;

/**
 * The scheduler's view of each person, batched: one query each for setting
 * events, reviews, meetings and convened requests per batch of people, shared by every field that
 * needs it in the request (Person.dueReviews, RegisterEntry.suggestedRating).
 * Only rows the viewer may read go in, so nothing is computed from records
 * they could not see.
 */
const loaders = new WeakMap<Context, DataLoader<string, ScheduleOutcome>>();

export function scheduleLoader(ctx: Context): DataLoader<string, ScheduleOutcome> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (personIds: readonly string[]) => {
      const ids = [...personIds];
      const [events, reviews, people, meetings, requests] = await Promise.all([
        ctx.db.prisma.settingEvent.findMany({
          where: { personId: { in: ids } },
          orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        }),
        ctx.db.prisma.review.findMany({
          where: { personId: { in: ids }, heldOn: { not: null } },
          orderBy: [{ heldOn: "asc" }, { id: "asc" }],
        }),
        ctx.db.prisma.person.findMany({
          where: { id: { in: ids } },
          select: { id: true, dateOfBirth: true },
        }),
        ctx.db.prisma.emergencyProtocolMeeting.findMany({ where: { personId: { in: ids } } }),
        ctx.db.prisma.reviewRequest.findMany({
          where: { personId: { in: ids }, stage: "CONVENED" },
        }),
      ]);
      const settingReadable = await Promise.all(
        ids.map((personId) =>
          ctx.access.canRead("SETTING", { personId, type: "Person", id: personId }),
        ),
      );
      const readableEvents = await SettingEventGuard.readable(ctx, events);
      const readableReviews = await ReviewGuard.readable(ctx, reviews);
      const readableMeetings = await EmergencyMeetingGuard.readable(ctx, meetings);
      const readableRequests = await ReviewRequestGuard.readable(ctx, requests);
      const dob = new Map(people.map((p) => [p.id, ymd(p.dateOfBirth)]));
      return ids.map((personId, i): ScheduleOutcome => {
        const dateOfBirth = dob.get(personId);
        if (!settingReadable[i] || !dateOfBirth) return null;
        const mine = <T extends { personId: string }>(rows: readonly T[]) =>
          rows.filter((row) => row.personId === personId);
        return scheduleFor(
          dateOfBirth,
          {
            settingEvents: mine(readableEvents),
            reviews: mine(readableReviews),
            meetings: mine(readableMeetings),
            requests: mine(readableRequests),
          },
          ctx.now,
        );
      });
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

export function scheduleFor(
  dateOfBirth: string,
  records: PathwayRecords,
  now: Date,
): NonNullable<ScheduleOutcome> {
  const result = schedulePathway({ dateOfBirth, events: pathwayEvents(records), now });
  if (result.ok) return { ok: true, schedule: result.value };
  const e = result.error;
  return {
    ok: false,
    problem: {
      field: e.eventId ? `settingHistory.${e.eventId}` : "settingHistory",
      code: e.code,
      message: e.message,
    },
  };
}
