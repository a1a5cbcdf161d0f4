import type { Person } from "@cetr/db";
import { addDays, type DueItem, londonCalendarDate } from "@cetr/domain";
import { BASIS_SQL, type Basis, VIEWER_CTE, type VisiblePeopleSql } from "../access/access.js";
import type { Context } from "../context.js";
import { OrganisationRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { primedPeople } from "../people/people.service.js";
import { builder } from "../schema/builder.js";
import { BadUserInputError } from "../schema/errors.js";
import { uuidOrNoRow } from "../schema/guard.js";
import {
  type ConnectionArgs,
  connectionArgs,
  cursorPart,
  keyDecoder,
  type Page,
  pageComplexity,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { SqlParams } from "../schema/sql-params.js";
import { scheduleLoader } from "./schedule.service.js";
import { DueReviewRef } from "./setting.node.js";
import { refreshSchedules } from "./stored-schedule.js";

/**
 * The scheduler's due reviews across everyone the viewer may see: the
 * console dashboard's "reviews due" work list. Selected, ordered and paged in
 * SQL from the stored schedule (ScheduledReview, ADR 0030), brought up to
 * date first for anyone whose history changed; the page's rows are then
 * worked out again live for the viewer, so each reason, "overdue" and the
 * items themselves come from the records they may read, as of today.
 */

export interface DueReviewFilter {
  organisationId?: string | null;
  /** true: only overdue; false: only not yet overdue. */
  overdue?: boolean | null;
  /** Dated items due up to today + N days (overdue ones always pass). */
  withinDays?: number | null;
  /**
   * Items due before an event (e.g. before admission), or by the local
   * protocol (a request the commissioner convened, §14), rather than by a date.
   */
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

/** A stored item on the page, with its person and the viewer's basis for them. */
type StoredRow = Person & {
  basis?: Basis;
  due_kind: string;
  due_rule: string;
  due_on: string | null;
};

const storedKey = (row: StoredRow): DueKey => [row.due_on, row.name, row.id, row.due_kind];

/**
 * The list's order: undated items after dated ones (a far-future stand-in
 * date keeps the row comparison total), then name, id and kind. As one row
 * value, a keyset cursor is one comparison.
 */
const ORDER_COLUMNS = [
  `s."dueOn" IS NULL`,
  `COALESCE(s."dueOn", DATE '9999-12-31')`,
  "p.name",
  "p.id",
  "s.kind",
];

/**
 * The people part of the list (whom the viewer may see, on the chosen
 * organisation's caseload) and the items part (the filters), as SQL over
 * `p` ("Person"), `s` ("ScheduledReview") and `v` (VIEWER_CTE), with their
 * parameters: the people's first, so a statement may use just those.
 */
function filterSql(ctx: Context, args: DueReviewFilter, visible: VisiblePeopleSql) {
  const within = args.withinDays ?? 14;
  if (within < 0 || within > 366) {
    throw new BadUserInputError("`withinDays` must be between 0 and 366");
  }
  const params = new SqlParams(visible.params);
  const organisation =
    args.organisationId == null ? null : params.add(uuidOrNoRow(args.organisationId), "uuid");
  /** People in the list, as a condition on the column naming them. */
  const people = (column: string) =>
    [
      `${column} IN ${visible.ids}`,
      ...(organisation
        ? [
            `EXISTS (SELECT 1 FROM "CaseloadAssignment" oc WHERE oc."personId" = ${column}
              AND oc."organisationId" = ${organisation}
              AND oc."startedOn" <= v.today AND (oc."endedOn" IS NULL OR oc."endedOn" > v.today))`,
          ]
        : []),
    ].join(" AND ");
  const peopleParams = [...params.values];
  const items: string[] = [];
  if (args.overdue === true) items.push(`s."dueOn" < v.today`);
  if (args.overdue === false) items.push(`(s."dueOn" IS NULL OR s."dueOn" >= v.today)`);
  const horizon = params.add(addDays(londonCalendarDate(ctx.now), within), "date");
  // Undated items are due now, whatever the horizon: before an event, or a convened request (§14).
  const undated = args.includeUndated === false ? "FALSE" : "TRUE";
  items.push(`CASE WHEN s."dueOn" IS NULL THEN ${undated} ELSE s."dueOn" <= ${horizon} END`);
  return {
    people: { where: people("p.id"), params: peopleParams },
    /** `WITH viewer, matching`: the items selected, for people the viewer may see. */
    matching: `WITH ${VIEWER_CTE}, matching AS (
      SELECT s.* FROM "ScheduledReview" s, viewer v
       WHERE ${people(`s."personId"`)} AND ${items.join(" AND ")})`,
    params,
  };
}

/**
 * Brings the stored schedule of the people in the list up to date: those
 * whose history changed since it was stored (usually none; everyone once,
 * after the migration that added it).
 */
async function refreshStale(ctx: Context, people: { where: string; params: unknown[] }) {
  const stale = await ctx.db.query<{ id: string }>(
    `WITH ${VIEWER_CTE} SELECT p.id FROM "Person" p, viewer v
      WHERE p."scheduleVersion" <> p."scheduleComputedVersion" AND ${people.where}`,
    people.params,
  );
  if (stale.length)
    await refreshSchedules(
      ctx.db,
      stale.map((row) => row.id),
      ctx.now,
    );
}

export async function listDueReviews(ctx: Context, args: ConnectionArgs & DueReviewFilter) {
  const page = pageFromArgs(args, decodeDueKey);
  const filter = filterSql(ctx, args, await ctx.access.visiblePeopleSql("SETTING"));
  await refreshStale(ctx, filter.people);
  const countParams = [...filter.params.values];

  // Forwards in the list's order, or backwards (`last`/`before`); `descending` flips both.
  const ascending = !page.backwards !== Boolean(args.descending);
  const params = filter.params;
  const after = page.cursor;
  const cursor = after
    ? `AND (${ORDER_COLUMNS.join(", ")}) ${ascending ? ">" : "<"} (${params.add(after[0] === null, "boolean")},
        COALESCE(${params.add(after[0], "date")}, DATE '9999-12-31'), ${params.add(after[1], "text")},
        ${params.add(after[2], "uuid")}, ${params.add(after[3], "text")})`
    : "";
  const direction = ascending ? "ASC" : "DESC";
  const withBasis = ctx.viewer.kind === "user";
  const [rows, [totals]] = await Promise.all([
    ctx.db.query<StoredRow>(
      `${filter.matching}
       SELECT p.* ${withBasis ? `, ${BASIS_SQL} AS basis` : ""}, s.kind AS due_kind,
              s.rule AS due_rule, to_char(s."dueOn", 'YYYY-MM-DD') AS due_on
         FROM matching s JOIN "Person" p ON p.id = s."personId", viewer v
        WHERE TRUE ${cursor}
        ORDER BY ${ORDER_COLUMNS.map((column) => `${column} ${direction}`).join(", ")}
        LIMIT ${params.add(page.take, "int")}`,
      params.values,
    ),
    ctx.db.query<{ total: number; overdue: number }>(
      `${filter.matching} SELECT count(*)::int AS total,
         (count(*) FILTER (WHERE s."dueOn" < v.today))::int AS overdue FROM matching s, viewer v`,
      countParams,
    ),
  ]);
  return {
    ...(await liveConnection(ctx, rows, page)),
    totalCount: totals?.total ?? 0,
    overdueCount: totals?.overdue ?? 0,
  };
}

/**
 * The page as the viewer's live schedule has it: each stored item is
 * matched to the item worked out now from the records the viewer may read
 * (same kind, rule and date), which carries today's reason and lateness. An
 * item with no live match — a record the viewer may not read, or history
 * changed a moment ago — is left out rather than shown from storage.
 */
async function liveConnection(ctx: Context, rows: StoredRow[], page: Page<DueKey>) {
  const connection = toConnection(rows, page, storedKey);
  const pageRows = connection.edges.map((edge) => edge.node);
  const people = await primedPeople(ctx, pageRows);
  const schedules = await scheduleLoader(ctx).loadMany(people.map((person) => person.id));
  const edges = connection.edges.flatMap((edge, i) => {
    const outcome = schedules[i];
    const person = people[i];
    if (!person || !outcome || outcome instanceof Error || !outcome.ok) return [];
    const due = outcome.schedule.reviews.find(
      (item) =>
        item.kind === edge.node.due_kind &&
        item.rule === edge.node.due_rule &&
        item.dueDate === edge.node.due_on,
    );
    return due ? [{ cursor: edge.cursor, node: { person, due } satisfies ScheduledDueReview }] : [];
  });
  return { ...connection, edges };
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
      "overdue ones and those due within `withinDays`, soonest first (then by name; ones with no date last: " +
      "due before an event, or a review someone asked for that the commissioner convened, as the local protocol says). " +
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
          "Include reviews with no date: due before an event (e.g. before admission), or convened on request (§14).",
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
