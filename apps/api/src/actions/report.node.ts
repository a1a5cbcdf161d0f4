import type { Prisma, ReportDistribution } from "@cetr/db";
import { compareCalendarDates, londonCalendarDate } from "@cetr/domain";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PreferredFormatEnum } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { fromDbDate } from "./inputs.js";

/** A report belongs to its review's person; the due date comes along for `sentOnTime`. */
export const reportInclude = {
  review: { select: { personId: true, reportDueOn: true } },
} as const satisfies Prisma.ReportInclude;
export type ReportRow = Prisma.ReportGetPayload<{ include: typeof reportInclude }>;

/**
 * A sent report is the family's (REPORT); one still being written is staff
 * only (REPORT_DRAFT), so the area depends on the row.
 */
export const ReportGuard = defineGuard<ReportRow>("Report", {
  area: (report) => (report.sentAt ? "REPORT" : "REPORT_DRAFT"),
  personId: (report) => report.review.personId,
  reviewId: (report) => report.reviewId,
  load: (db, ids) =>
    db.prisma.report.findMany({ where: { id: { in: ids } }, include: reportInclude }),
});

export const ReportDistributionRef = builder
  .objectRef<ReportDistribution>("ReportDistribution")
  .implement({
    description: "Who received the report, in which format, and when (§7.2.18).",
    authScopes: { viaParent: true },
    fields: (t) => ({
      recipient: t.loadable({
        type: UserRef,
        nullable: true,
        description: "The recipient's account, when they have one.",
        load: (ids: string[], ctx) => loadUsers(ctx, ids),
        resolve: (d) => d.recipientId,
      }),
      recipientName: t.exposeString("recipientName", {
        nullable: true,
        description: "For recipients without an account, e.g. a GP practice.",
      }),
      recipientRole: t.exposeString("recipientRole", {
        description: 'e.g. "person", "parent carer", "care team".',
      }),
      format: t.expose("format", { type: PreferredFormatEnum }),
      sentAt: t.expose("sentAt", { type: "DateTime" }),
    }),
  });

export const ReportRef = builder.node(builder.objectRef<ReportRow>("Report"), {
  description:
    "The accessible report (§7.2.18, standard 6.1). Staff see drafts; once sent, the person, " +
    "family and advocate (with consent) see it too.",
  ...ReportGuard.nodeOptions,
  fields: (t) => ({
    body: t.exposeString("body"),
    easyReadBody: t.exposeString("easyReadBody", { nullable: true }),
    translations: t.field({
      type: "JSON",
      description: 'Extra language versions, as { "<bcp47>": "text" }.',
      resolve: (r) => r.translations,
    }),
    draftedAt: t.expose("draftedAt", { type: "DateTime" }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    isSent: t.boolean({ resolve: (r) => r.sentAt !== null }),
    dueOn: t.field({
      type: "Date",
      nullable: true,
      description: "When it must reach everyone: the review's reportDueOn (within 2 weeks).",
      resolve: (r) => r.review.reportDueOn,
    }),
    sentOnTime: t.boolean({
      nullable: true,
      description:
        "Sent on or before `dueOn` (in England); null until sent, or when there is no due date.",
      resolve: (r) =>
        r.sentAt && r.review.reportDueOn
          ? compareCalendarDates(londonCalendarDate(r.sentAt), fromDbDate(r.review.reportDueOn)) <=
            0
          : null,
    }),
    author: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (r) => r.authorId,
    }),
    progressContact: t.loadable({
      type: UserRef,
      nullable: true,
      description: "Who tells the person and family about progress (standard 6.2).",
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (r) => r.progressContactId,
    }),
    distribution: t.loadableGroup({
      type: ReportDistributionRef,
      description: "Who it was sent to, in the order sent.",
      load: (reportIds: string[], ctx) =>
        ctx.db.prisma.reportDistribution.findMany({
          where: { reportId: { in: reportIds } },
          orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        }),
      group: (d) => d.reportId,
      resolve: (r) => r.id,
    }),
    review: t.loadable({
      type: ReviewRef,
      load: (ids: string[], ctx) => ReviewGuard.inOrderOrError(ctx, ids),
      resolve: (r) => r.reviewId,
    }),
  }),
});

builder.objectField(ReviewRef, "report", (t) =>
  t.loadable({
    type: ReportRef,
    nullable: true,
    description: "The review's report; null if none yet, or a draft you may not see.",
    load: async (reviewIds: string[], ctx) => {
      const rows = await ReportGuard.readable(
        ctx,
        await ctx.db.prisma.report.findMany({
          where: { reviewId: { in: reviewIds } },
          include: reportInclude,
        }),
      );
      const byReview = new Map(rows.map((r) => [r.reviewId, r]));
      return reviewIds.map((id) => byReview.get(id) ?? null);
    },
    resolve: (review) => review.id,
  }),
);
