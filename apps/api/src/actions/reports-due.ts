import type { Review } from "@cetr/db";
import type { ReviewState } from "@cetr/domain";
import { VIEWER_CTE } from "../access/access.js";
import type { Context } from "../context.js";
import { OrganisationRef } from "../organisations/organisations.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { uuidOrNoRow } from "../schema/guard.js";
import {
  type ConnectionArgs,
  connectionArgs,
  cursorPart,
  fetchReadablePage,
  keyDecoder,
  pageComplexity,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { SqlParams } from "../schema/sql-params.js";
import { fromDbDate } from "./inputs.js";

/**
 * Reports still to send (§7.2.18: within 2 weeks of the review): reviews
 * held whose report has not gone out yet, for the console's work list.
 */

/** Held, report not yet sent: the lifecycle only leaves these states by sending it. */
const REPORT_PENDING: ReviewState[] = ["HELD", "REPORT_DRAFTED"];

export interface ReportDueFilter {
  organisationId?: string | null;
  /** true: past the report due date; false: not yet. */
  overdue?: boolean | null;
  descending?: boolean | null;
}

/**
 * The filter as SQL over `r` ("Review") and `v` (VIEWER_CTE), for people
 * whose REVIEW area the viewer may read: the statement starts from the
 * viewer's people, not from every pending review in the country (ADR 0029).
 */
async function reportDueSql(ctx: Context, f: ReportDueFilter) {
  const visible = await ctx.access.visiblePeopleSql("REVIEW");
  const params = new SqlParams(visible.params);
  const and = [
    `r."personId" IN ${visible.ids}`,
    `r.status::text = ANY(${params.add(REPORT_PENDING, "text[]")})`,
  ];
  if (f.organisationId != null)
    and.push(
      `r."commissioningOrganisationId" = ${params.add(uuidOrNoRow(f.organisationId), "uuid")}`,
    );
  if (f.overdue === true) and.push(`r."reportDueOn" < v.today`);
  if (f.overdue === false) and.push(`(r."reportDueOn" IS NULL OR r."reportDueOn" >= v.today)`);
  return { where: and.join(" AND "), params };
}

type ReportKey = [reportDueOn: string | null, id: string];
const decodeKey = keyDecoder<ReportKey>(cursorPart.orNull(cursorPart.date), cursorPart.uuid);
const keyOf = (r: Review): ReportKey => [r.reportDueOn ? fromDbDate(r.reportDueOn) : null, r.id];

/** (undated last, due date, id): the list's order as one row value, so a cursor is one comparison. */
const ORDER = [`r."reportDueOn" IS NULL`, `COALESCE(r."reportDueOn", DATE '9999-12-31')`, "r.id"];

export async function listReportsDue(ctx: Context, args: ConnectionArgs & ReportDueFilter) {
  const page = pageFromArgs(args, decodeKey);
  const ascending = page.backwards === Boolean(args.descending);
  const filter = await reportDueSql(ctx, args);
  const base = [...filter.params.values];
  const direction = ascending ? "ASC" : "DESC";
  const rows = await fetchReadablePage(
    page,
    (cursor) => {
      const params = new SqlParams(base);
      const after = cursor
        ? `AND (${ORDER.join(", ")}) ${ascending ? ">" : "<"} (${params.add(cursor[0] === null, "boolean")},
             COALESCE(${params.add(cursor[0], "date")}, DATE '9999-12-31'), ${params.add(cursor[1], "uuid")})`
        : "";
      return ctx.db.query<Review>(
        `WITH ${VIEWER_CTE} SELECT r.* FROM "Review" r, viewer v WHERE ${filter.where} ${after}
          ORDER BY ${ORDER.map((column) => `${column} ${direction}`).join(", ")}
          LIMIT ${params.add(page.take, "int")}`,
        params.values,
      );
    },
    (fetched) => ReviewGuard.readable(ctx, fetched),
    keyOf,
  );
  return {
    ...toConnection(rows, page, keyOf),
    count: async () => {
      const [row] = await ctx.db.query<{ count: number }>(
        `WITH ${VIEWER_CTE} SELECT count(*)::int AS count FROM "Review" r, viewer v WHERE ${filter.where}`,
        base,
      );
      return row?.count ?? 0;
    },
  };
}

const ReportsDueConnection = builder.connectionObject({
  type: ReviewRef,
  name: "ReportsDueConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many reviews match, across every page.",
      complexity: 5,
      resolve: (parent) => (parent as unknown as { count: () => Promise<number> }).count(),
    }),
  }),
});

builder.queryFields((t) => ({
  reportsDue: t.field({
    type: ReportsDueConnection,
    description:
      "Reviews held whose report has not been sent yet (HELD, REPORT_DRAFTED), the report due soonest first " +
      "(§7.2.18: within 2 weeks). `first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "The commissioning organisation.",
      }),
      overdue: t.arg.boolean({
        required: false,
        description: "true: past the report's due date (England); false: not yet.",
      }),
      descending: t.arg.boolean({ required: false, description: "Latest report due date first." }),
    },
    resolve: (_root, args, ctx) =>
      listReportsDue(ctx, { ...args, organisationId: args.organisationId?.id ?? null }) as never,
  }),
}));
