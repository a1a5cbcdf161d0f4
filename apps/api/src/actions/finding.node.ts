import type { EnquiryOpinion, EnquiryQuote, Prisma } from "@cetr/db";
import { FOUR_QUESTIONS, LINES_OF_ENQUIRY } from "@cetr/domain";
import type { Target } from "../access/access.js";
import type { Context } from "../context.js";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { FourQuestionEnum } from "../schema/enums.js";
import { defineGuard } from "../schema/guard.js";
import { ActionRef } from "./action.node.js";

/** Findings live under a review; the person is the review's, so rows carry it along. */
export const findingInclude = {
  review: { select: { personId: true } },
} as const satisfies Prisma.EnquiryFindingInclude;
export type FindingRow = Prisma.EnquiryFindingGetPayload<{ include: typeof findingInclude }>;

export const summaryInclude = {
  review: { select: { personId: true } },
} as const satisfies Prisma.ReviewSummaryAnswerInclude;
export type SummaryRow = Prisma.ReviewSummaryAnswerGetPayload<{ include: typeof summaryInclude }>;

type OpinionRow = EnquiryOpinion & { panelMember: { userId: string } };

/** The panel's working record (§8, standard 5.4): ENQUIRY area, per review (panel access). */
export const EnquiryFindingGuard = defineGuard<FindingRow>("EnquiryFinding", {
  area: "ENQUIRY",
  personId: (finding) => finding.review.personId,
  reviewId: (finding) => finding.reviewId,
  load: (db, ids) =>
    db.prisma.enquiryFinding.findMany({ where: { id: { in: ids } }, include: findingInclude }),
});

/** A summary answer is part of the review's ENQUIRY record, like the findings. */
const summaryTarget = (row: SummaryRow): { area: "ENQUIRY"; target: Target } => ({
  area: "ENQUIRY",
  target: {
    personId: row.review.personId,
    reviewId: row.reviewId,
    type: "ReviewSummaryAnswer",
    id: row.id,
  },
});
export const readableSummaries = (ctx: Context, rows: readonly SummaryRow[]) =>
  ctx.access.filterReadable(rows, summaryTarget);

export const QuoteSourceEnum = builder.enumType("QuoteSource", {
  description: "Whose words a quote is (§8: space for quotes from the person and family).",
  values: ["PERSON", "FAMILY"] as const,
});

const lineOf = (kloeId: string) => LINES_OF_ENQUIRY.find((k) => k.id === kloeId) ?? null;

export const EnquiryQuoteRef = builder.objectRef<EnquiryQuote>("EnquiryQuote").implement({
  description: "Words from the person or family, kept as said.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    source: t.expose("source", { type: QuoteSourceEnum }),
    text: t.exposeString("text"),
  }),
});

export const EnquiryOpinionRef = builder.objectRef<OpinionRow>("EnquiryOpinion").implement({
  description: "One panel member's view where the panel does not agree (standard 5.4).",
  authScopes: { viaParent: true },
  fields: (t) => ({
    view: t.exposeString("view"),
    member: t.loadable({
      type: UserRef,
      description: "The panel member whose view this is.",
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (opinion) => opinion.panelMember.userId,
    }),
  }),
});

export const EnquiryFindingRef = builder.node(builder.objectRef<FindingRow>("EnquiryFinding"), {
  description:
    "What the panel recorded against one key line of enquiry (§8, Figure 2, §37): findings, " +
    "evidence, concerns, quotes and differing opinions. Staff and the review's panel only.",
  ...EnquiryFindingGuard.nodeOptions,
  fields: (t) => ({
    kloeId: t.exposeString("kloeId", {
      description: 'The line of enquiry (@cetr/domain LINES_OF_ENQUIRY id, e.g. "SAFETY").',
    }),
    question: t.expose("question", {
      type: FourQuestionEnum,
      description: "Which of the four questions it helps answer.",
    }),
    questionText: t.string({
      description: 'The four-question wording, e.g. "Am I safe?".',
      resolve: (f) => FOUR_QUESTIONS.find((q) => q.id === f.question)?.text ?? f.question,
    }),
    keyQuestion: t.string({
      nullable: true,
      description: "The line of enquiry's key question (its title); null if no longer defined.",
      resolve: (f) => lineOf(f.kloeId)?.keyQuestion ?? null,
    }),
    probes: t.stringList({
      description: "Probe questions for this line of enquiry.",
      resolve: (f) => [...(lineOf(f.kloeId)?.probes ?? [])],
    }),
    evidenceSources: t.stringList({
      description: "Suggested sources of evidence for this line of enquiry.",
      resolve: (f) => [...(lineOf(f.kloeId)?.evidenceSources ?? [])],
    }),
    findings: t.exposeStringList("findings"),
    evidence: t.exposeStringList("evidence", { description: "Evidence seen (standard 2.2)." }),
    concerns: t.exposeStringList("concerns"),
    quotes: t.loadableGroup({
      type: EnquiryQuoteRef,
      description: "Quotes, in the order recorded.",
      // The finding itself was checked; its quotes are part of it.
      load: (findingIds: string[], ctx) =>
        ctx.db.prisma.enquiryQuote.findMany({
          where: { findingId: { in: findingIds } },
          orderBy: { id: "asc" },
        }),
      group: (quote) => quote.findingId,
      resolve: (finding) => finding.id,
    }),
    differingOpinions: t.loadableGroup({
      type: EnquiryOpinionRef,
      description: "Each panel member's view where the panel does not agree.",
      load: (findingIds: string[], ctx) =>
        ctx.db.prisma.enquiryOpinion.findMany({
          where: { findingId: { in: findingIds } },
          include: { panelMember: { select: { userId: true } } },
          orderBy: { id: "asc" },
        }),
      group: (opinion) => opinion.findingId,
      resolve: (finding) => finding.id,
    }),
    review: t.loadable({
      type: ReviewRef,
      load: (ids: string[], ctx) => ReviewGuard.inOrderOrError(ctx, ids),
      resolve: (finding) => finding.reviewId,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const ReviewSummaryAnswerRef = builder
  .objectRef<SummaryRow>("ReviewSummaryAnswer")
  .implement({
    description: "The panel's answer to one of the four questions (§8).",
    // Reached only through Review.summary and payloads, both filtered; checked again here.
    authScopes: (row) => ({ read: summaryTarget(row) }),
    fields: (t) => ({
      question: t.expose("question", { type: FourQuestionEnum }),
      questionText: t.string({
        resolve: (a) => FOUR_QUESTIONS.find((q) => q.id === a.question)?.text ?? a.question,
      }),
      answer: t.exposeString("answer"),
    }),
  });

builder.objectField(ReviewRef, "findings", (t) =>
  t.loadableGroup({
    type: EnquiryFindingRef,
    description: "What the panel recorded per line of enquiry (staff and the panel only).",
    load: async (reviewIds: string[], ctx) =>
      EnquiryFindingGuard.readable(
        ctx,
        await ctx.db.prisma.enquiryFinding.findMany({
          where: { reviewId: { in: reviewIds } },
          include: findingInclude,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
      ),
    group: (finding) => finding.reviewId,
    resolve: (review) => review.id,
  }),
);

const QUESTION_ORDER = FOUR_QUESTIONS.map((q) => q.id as string);

builder.objectField(ReviewRef, "summary", (t) =>
  t.loadableGroup({
    type: ReviewSummaryAnswerRef,
    description: "The four-question summary, in the policy's order (staff and the panel only).",
    load: async (reviewIds: string[], ctx) => {
      const rows = await readableSummaries(
        ctx,
        await ctx.db.prisma.reviewSummaryAnswer.findMany({
          where: { reviewId: { in: reviewIds } },
          include: summaryInclude,
        }),
      );
      return rows.sort(
        (a, b) => QUESTION_ORDER.indexOf(a.question) - QUESTION_ORDER.indexOf(b.question),
      );
    },
    group: (answer) => answer.reviewId,
    resolve: (review) => review.id,
  }),
);

builder.objectField(ActionRef, "finding", (t) =>
  t.loadable({
    type: EnquiryFindingRef,
    nullable: true,
    description: "The line of enquiry the action came from; null if none or not yours to see.",
    load: (ids: string[], ctx) => EnquiryFindingGuard.inOrder(ctx, ids),
    resolve: (action) => action.findingId,
  }),
);
