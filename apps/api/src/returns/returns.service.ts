import { randomInt } from "node:crypto";
import type { Person, RegisterEntry, Review } from "@cetr/db";
import { londonCalendarDate } from "@cetr/domain";
import { GraphQLError } from "graphql";
import type { Context } from "../context.js";
import { ReviewGuard } from "../reviews/review.node.js";

/**
 * The anonymised review dataset for NHS England returns (Appendix 5). Each
 * row describes one review in categories only: no name, NHS number, date of
 * birth, address, email, free text or internal ID leaves through it, so a
 * file made from it can go to the regional team as it is.
 */

/** Roles that run reviews and make the returns; panel members see only their own reviews. */
export const RETURNS_ROLES: ReadonlySet<string> = new Set([
  "COMMISSIONER",
  "CARE_COORDINATOR",
  "ADMINISTRATOR",
]);

/** At most a year and a day: a return covers a quarter or a year, and this bounds one request. */
export const RETURNS_MAX_DAYS = 366;

export type OnTime = "YES" | "NO" | "NOT_YET_DUE" | "NOT_APPLICABLE";

export interface ReturnRow {
  rowNumber: number;
  organisationName: string;
  kind: Review["kind"];
  enquirySetting: Review["enquirySetting"];
  status: Review["status"];
  reviewMonth: string;
  ageBand: string;
  diagnosis: Person["diagnosis"];
  legalStatus: Person["legalStatus"];
  mojRestricted: boolean;
  outcome: Review["outcome"];
  daysFromTriggerToReview: number | null;
  heldOnTime: OnTime;
  reportOnTime: OnTime;
  actionsAgreed: number;
  actionsDoneOnTime: number;
  consentRecorded: boolean;
  registerRating: RegisterEntry["rating"] | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** Whole years, as on a birthday: bands rather than dates, so a row cannot be matched to a person by age. */
export function ageBand(dateOfBirth: Date, on: Date): string {
  let age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const birthdayPassed =
    on.getUTCMonth() > dateOfBirth.getUTCMonth() ||
    (on.getUTCMonth() === dateOfBirth.getUTCMonth() && on.getUTCDate() >= dateOfBirth.getUTCDate());
  if (!birthdayPassed) age -= 1;
  if (age < 14) return "0 to 13";
  if (age < 18) return "14 to 17";
  if (age < 26) return "18 to 25";
  if (age < 36) return "26 to 35";
  if (age < 51) return "36 to 50";
  if (age < 65) return "51 to 64";
  return "65 and over";
}

/** Against a due date: done by then, not done by then, or not yet due. */
function onTime(due: Date | null, done: Date | null, today: string): OnTime {
  if (!due) return "NOT_APPLICABLE";
  if (done) return iso(done) <= iso(due) ? "YES" : "NO";
  return iso(due) < today ? "NO" : "NOT_YET_DUE";
}

/** Fisher–Yates with a CSPRNG: row order must not leak the order reviews were created in. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

export async function reviewReturns(
  ctx: Context,
  args: { from: string; to: string; organisationId: string | null },
): Promise<ReturnRow[]> {
  if (args.from > args.to) throw badInput("The period must start on or before the day it ends");
  const span = days(new Date(args.from), new Date(args.to));
  if (span >= RETURNS_MAX_DAYS)
    throw badInput(`The period can be at most ${RETURNS_MAX_DAYS} days long`);
  const memberships = await ctx.access.memberships();
  const organisationIds = [
    ...new Set(memberships.filter((m) => RETURNS_ROLES.has(m.role)).map((m) => m.organisationId)),
  ].filter((id) => !args.organisationId || id === args.organisationId);
  if (organisationIds.length === 0) return [];
  const range = { gte: new Date(args.from), lte: new Date(args.to) };
  const reviews = await ctx.db.prisma.review.findMany({
    where: {
      commissioningOrganisationId: { in: organisationIds },
      // The review's date: when it was held, else when it is booked, else when it is due.
      OR: [
        { heldOn: range },
        { heldOn: null, scheduledOn: range },
        { heldOn: null, scheduledOn: null, dueOn: range },
      ],
    },
    include: {
      person: {
        select: {
          dateOfBirth: true,
          diagnosis: true,
          legalStatus: true,
          mojRestricted: true,
          registerEntries: {
            where: { removedOn: null },
            select: { organisationId: true, rating: true },
          },
        },
      },
      commissioningOrganisation: { select: { name: true } },
      triggerEvent: { select: { occurredOn: true } },
      request: { select: { receivedOn: true } },
      report: { select: { sentAt: true } },
      actions: { select: { dueOn: true, status: true, completedOn: true } },
      consents: {
        where: { withdrawnAt: null },
        select: { answer: true, basis: true },
      },
    },
  });
  // Through the review guard: it drops any review the viewer may not read and audits each read.
  const readable = new Set((await ReviewGuard.readable(ctx, reviews)).map((r) => r.id));
  const today = londonCalendarDate(ctx.now);
  const rows = reviews
    .filter((review) => readable.has(review.id))
    .map((review): Omit<ReturnRow, "rowNumber"> => {
      const on = review.heldOn ?? review.scheduledOn ?? review.dueOn ?? review.createdAt;
      const trigger = review.triggerEvent?.occurredOn ?? review.request?.receivedOn ?? null;
      const register = review.person.registerEntries.find(
        (entry) => entry.organisationId === review.commissioningOrganisationId,
      );
      return {
        organisationName: review.commissioningOrganisation.name,
        kind: review.kind,
        enquirySetting: review.enquirySetting,
        status: review.status,
        reviewMonth: iso(on).slice(0, 7),
        ageBand: ageBand(review.person.dateOfBirth, on),
        diagnosis: review.person.diagnosis,
        legalStatus: review.person.legalStatus,
        mojRestricted: review.person.mojRestricted,
        outcome: review.outcome,
        daysFromTriggerToReview: trigger && review.heldOn ? days(trigger, review.heldOn) : null,
        heldOnTime: onTime(review.dueOn, review.heldOn, today),
        reportOnTime: onTime(
          review.reportDueOn,
          review.report?.sentAt ? new Date(londonCalendarDate(review.report.sentAt)) : null,
          today,
        ),
        actionsAgreed: review.actions.length,
        actionsDoneOnTime: review.actions.filter(
          (a) => a.status === "DONE" && a.completedOn && iso(a.completedOn) <= iso(a.dueOn),
        ).length,
        consentRecorded: review.consents.some(
          (c) => c.answer === "GIVEN" || c.basis === "BEST_INTERESTS",
        ),
        registerRating: register?.rating ?? null,
      };
    });
  return shuffle(rows).map((row, index) => ({ rowNumber: index + 1, ...row }));
}
