import type { Person, Prisma } from "@cetr/db";
import { addDays, type CalendarDate, type DueItem, londonCalendarDate } from "@cetr/domain";
import type { Context } from "../context.js";
import { OrganisationRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { BadUserInputError } from "../schema/errors.js";
import { uuidOrNoRow } from "../schema/guard.js";
import {
  type ConnectionArgs,
  connectionArgs,
  cursorPart,
  keyDecoder,
  pageComplexity,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { scheduleLoader } from "./schedule.service.js";
import { DueReviewRef } from "./setting.node.js";

/**
 * The scheduler's due reviews across everyone the viewer may see: the
 * console dashboard's "reviews due" work list. The due dates are computed
 * by @cetr/domain from each person's setting history and reviews held (as
 * Person.dueReviews), never stored, so the list is built in memory from the
 * people who have any history at all.
 */

export interface DueReviewFilter {
  organisationId?: string | null;
  /** true: only overdue; false: only not yet overdue. */
  overdue?: boolean | null;
  /** Dated items due up to today + N days (overdue ones always pass). */
  withinDays?: number | null;
  /** Items due before an event (e.g. before admission) rather than by a date. */
  includeUndated?: boolean | null;
  descending?: boolean | null;
}

export interface ScheduledDueReview {
  person: Person;
  due: DueItem;
}

/** Sort key: due date (undated last), person's name, person id, kind. */
type DueKey = [dueOn: string | null, name: string, personId: string, kind: string];

const decodeDueKey = keyDecoder<DueKey>(
  cursorPart.orNull(cursorPart.date),
  cursorPart.text,
  cursorPart.uuid,
  cursorPart.text,
);

const keyOf = (row: ScheduledDueReview): DueKey => [
  row.due.dueDate,
  row.person.name,
  row.person.id,
  row.due.kind,
];

function compareKeys(a: DueKey, b: DueKey): number {
  if (a[0] !== b[0]) {
    if (a[0] === null) return 1;
    if (b[0] === null) return -1;
    return a[0] < b[0] ? -1 : 1;
  }
  for (const i of [1, 2, 3] as const) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function matches(due: DueItem, filter: DueReviewFilter, horizon: CalendarDate): boolean {
  if (filter.overdue === true && !due.overdue) return false;
  if (filter.overdue === false && due.overdue) return false;
  if (due.dueDate === null)
    return filter.includeUndated !== false && due.dueCondition !== "AS_AGREED_LOCALLY";
  return due.overdue || due.dueDate <= horizon;
}

/** Every matching due review, sorted (ascending unless `descending`). */
async function allDueReviews(ctx: Context, filter: DueReviewFilter): Promise<ScheduledDueReview[]> {
  const within = filter.withinDays ?? 14;
  if (within < 0 || within > 366) {
    throw new BadUserInputError("`withinDays` must be between 0 and 366");
  }
  const horizon = addDays(londonCalendarDate(ctx.now), within);
  const and: Prisma.PersonWhereInput[] = [
    await ctx.access.peopleWhere("SETTING"),
    // Nobody without a setting event or a review held has anything due (§9–§12 start from events).
    { OR: [{ settingEvents: { some: {} } }, { reviews: { some: { heldOn: { not: null } } } }] },
  ];
  if (filter.organisationId != null) {
    const today = new Date(`${londonCalendarDate(ctx.now)}T00:00:00Z`);
    and.push({
      caseload: {
        some: {
          organisationId: uuidOrNoRow(filter.organisationId),
          startedOn: { lte: today },
          OR: [{ endedOn: null }, { endedOn: { gt: today } }],
        },
      },
    });
  }
  const people = await ctx.db.prisma.person.findMany({ where: { AND: and } });
  const schedules = await scheduleLoader(ctx).loadMany(people.map((p) => p.id));
  const rows: ScheduledDueReview[] = [];
  people.forEach((person, i) => {
    const outcome = schedules[i];
    if (!outcome || outcome instanceof Error || !outcome.ok) return;
    for (const due of outcome.schedule.reviews) {
      if (matches(due, filter, horizon)) rows.push({ person, due });
    }
  });
  rows.sort((a, b) => compareKeys(keyOf(a), keyOf(b)) * (filter.descending ? -1 : 1));
  return rows;
}

export async function listDueReviews(ctx: Context, args: ConnectionArgs & DueReviewFilter) {
  const page = pageFromArgs(args, decodeDueKey);
  const all = await allDueReviews(ctx, args);
  const sign = args.descending ? -1 : 1;
  let slice: ScheduledDueReview[];
  if (page.backwards) {
    const before = page.cursor;
    const earlier = before ? all.filter((r) => compareKeys(keyOf(r), before) * sign < 0) : all;
    // toConnection expects rows in fetch order (nearest the cursor first) for `last`.
    slice = earlier.slice(-page.take).reverse();
  } else {
    const after = page.cursor;
    const later = after ? all.filter((r) => compareKeys(keyOf(r), after) * sign > 0) : all;
    slice = later.slice(0, page.take);
  }
  return {
    ...toConnection(slice, page, keyOf),
    totalCount: all.length,
    overdueCount: all.filter((r) => r.due.overdue).length,
  };
}

const ScheduledDueReviewRef = builder
  .objectRef<ScheduledDueReview>("ScheduledDueReview")
  .implement({
    authScopes: { viaParent: true },
    description:
      "A review the scheduler says is due for one person, with the rule and § behind it.",
    fields: (t) => ({
      person: t.field({ type: PersonRef, resolve: (r) => r.person }),
      due: t.field({ type: DueReviewRef, resolve: (r) => r.due }),
    }),
  });

const DueReviewConnection = builder.connectionObject({
  type: ScheduledDueReviewRef,
  name: "ScheduledDueReviewConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many due reviews match, across every page.",
      resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
    }),
    overdueCount: t.int({
      description: "How many of them are overdue.",
      resolve: (parent) => (parent as unknown as { overdueCount: number }).overdueCount,
    }),
  }),
});

builder.queryFields((t) => ({
  dueReviews: t.field({
    type: DueReviewConnection,
    description:
      "Reviews the scheduler says are due (§9–§12, §14) for the people whose setting history you may see: " +
      "overdue ones and those due within `withinDays`, soonest first (then by name; ones due before an event last). " +
      "Computed from each person's history, as Person.dueReviews. `first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "For people on this organisation's caseload.",
      }),
      overdue: t.arg.boolean({
        required: false,
        description: "true: only overdue; false: only not yet overdue.",
      }),
      withinDays: t.arg.int({
        required: false,
        defaultValue: 14,
        description:
          "Dated reviews due from today up to today + N days (0–366); overdue ones always count.",
      }),
      includeUndated: t.arg.boolean({
        required: false,
        defaultValue: true,
        description:
          "Include reviews due before an event (e.g. before admission) rather than by a date.",
      }),
      descending: t.arg.boolean({
        required: false,
        description: "Latest due first (names Z to A).",
      }),
    },
    resolve: (_root, args, ctx) =>
      listDueReviews(ctx, { ...args, organisationId: args.organisationId?.id ?? null }) as never,
  }),
}));
