import type { Prisma, Review } from "@cetr/db";
import type { ReviewState } from "@cetr/domain";
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
import { dbDate, fromDbDate, today } from "./inputs.js";

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

async function reportDueWhere(ctx: Context, f: ReportDueFilter): Promise<Prisma.ReviewWhereInput> {
  const todayDb = dbDate(today(ctx));
  const and: Prisma.ReviewWhereInput[] = [
    { person: await ctx.access.peopleWhere("REVIEW") },
    { status: { in: REPORT_PENDING } },
  ];
  if (f.organisationId != null)
    and.push({
      commissioningOrganisationId: uuidOrNoRow(f.organisationId),
    });
  if (f.overdue === true) and.push({ reportDueOn: { lt: todayDb } });
  // Spelled out: a review without a report due date is not overdue (SQL NULLs).
  if (f.overdue === false)
    and.push({ OR: [{ reportDueOn: null }, { reportDueOn: { gte: todayDb } }] });
  return { AND: and };
}

type ReportKey = [reportDueOn: string | null, id: string];
const decodeKey = keyDecoder<ReportKey>(cursorPart.orNull(cursorPart.date), cursorPart.uuid);
const keyOf = (r: Review): ReportKey => [r.reportDueOn ? fromDbDate(r.reportDueOn) : null, r.id];

/** Rows beyond the key in (reportDueOn nulls last, id) order, ascending or descending. */
function beyond([due, id]: ReportKey, ascending: boolean): Prisma.ReviewWhereInput {
  const op = ascending ? "gt" : "lt";
  if (ascending) {
    if (due === null) return { reportDueOn: null, id: { gt: id } };
    return {
      OR: [
        { reportDueOn: { gt: dbDate(due) } },
        { reportDueOn: dbDate(due), id: { [op]: id } },
        { reportDueOn: null },
      ],
    };
  }
  if (due === null)
    return { OR: [{ reportDueOn: { not: null } }, { reportDueOn: null, id: { lt: id } }] };
  return {
    OR: [{ reportDueOn: { lt: dbDate(due) } }, { reportDueOn: dbDate(due), id: { lt: id } }],
  };
}

export async function listReportsDue(ctx: Context, args: ConnectionArgs & ReportDueFilter) {
  const page = pageFromArgs(args, decodeKey);
  // Reading backwards through a descending list is reading forwards through an ascending one.
  const ascending = page.backwards === Boolean(args.descending);
  const where = await reportDueWhere(ctx, args);
  const rows = await fetchReadablePage(
    page,
    (cursor) =>
      ctx.db.prisma.review.findMany({
        where: cursor ? { AND: [where, beyond(cursor, ascending)] } : where,
        orderBy: [
          {
            reportDueOn: { sort: ascending ? "asc" : "desc", nulls: ascending ? "last" : "first" },
          },
          { id: ascending ? "asc" : "desc" },
        ],
        take: page.take,
      }),
    (fetched) => ReviewGuard.readable(ctx, fetched),
    keyOf,
  );
  return {
    ...toConnection(rows, page, keyOf),
    count: () => ctx.db.prisma.review.count({ where }),
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
