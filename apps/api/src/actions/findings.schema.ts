import { ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { FourQuestionEnum } from "../schema/enums.js";
import { UserErrorRef } from "../schema/errors.js";
import {
  EnquiryFindingRef,
  EnquiryOpinionRef,
  EnquiryQuoteRef,
  QuoteSourceEnum,
  ReviewSummaryAnswerRef,
} from "./finding.node.js";
import {
  addQuote,
  type FindingResult,
  type OpinionResult,
  type QuoteResult,
  recordDifferingOpinion,
  recordFinding,
  type SummaryResult,
  setSummaryAnswer,
} from "./findings.service.js";

const errorsField = { description: "Empty when it worked; otherwise every problem, by field." };

const RecordFindingInput = builder.inputType("RecordFindingInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    kloeId: t.string({
      required: true,
      description: "One of the review's lines of enquiry (see EnquiryFinding.kloeId).",
    }),
    findings: t.stringList({ required: true }),
    evidence: t.stringList({ required: true }),
    concerns: t.stringList({ required: true }),
  }),
});

const RecordFindingPayload = builder.objectRef<FindingResult>("RecordFindingPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    finding: t.field({ type: EnquiryFindingRef, nullable: true, resolve: (p) => p.finding }),
    errors: t.field({ type: [UserErrorRef], ...errorsField, resolve: (p) => p.errors }),
  }),
});

const AddQuoteInput = builder.inputType("AddQuoteInput", {
  fields: (t) => ({
    findingId: t.globalID({ for: EnquiryFindingRef, required: true }),
    source: t.field({ type: QuoteSourceEnum, required: true }),
    text: t.string({ required: true, description: "The words as said." }),
  }),
});

const AddQuotePayload = builder.objectRef<QuoteResult>("AddQuotePayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    quote: t.field({ type: EnquiryQuoteRef, nullable: true, resolve: (p) => p.quote }),
    finding: t.field({ type: EnquiryFindingRef, nullable: true, resolve: (p) => p.finding }),
    errors: t.field({ type: [UserErrorRef], ...errorsField, resolve: (p) => p.errors }),
  }),
});

const RecordDifferingOpinionInput = builder.inputType("RecordDifferingOpinionInput", {
  fields: (t) => ({
    findingId: t.globalID({ for: EnquiryFindingRef, required: true }),
    view: t.string({ required: true, description: "Your own view, as a member of the panel." }),
  }),
});

const RecordDifferingOpinionPayload = builder
  .objectRef<OpinionResult>("RecordDifferingOpinionPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      opinion: t.field({ type: EnquiryOpinionRef, nullable: true, resolve: (p) => p.opinion }),
      finding: t.field({ type: EnquiryFindingRef, nullable: true, resolve: (p) => p.finding }),
      errors: t.field({ type: [UserErrorRef], ...errorsField, resolve: (p) => p.errors }),
    }),
  });

const SetSummaryAnswerInput = builder.inputType("SetSummaryAnswerInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    question: t.field({ type: FourQuestionEnum, required: true }),
    answer: t.string({ required: true }),
  }),
});

const SetSummaryAnswerPayload = builder
  .objectRef<SummaryResult>("SetSummaryAnswerPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      summaryAnswer: t.field({
        type: ReviewSummaryAnswerRef,
        nullable: true,
        resolve: (p) => p.answer,
      }),
      errors: t.field({ type: [UserErrorRef], ...errorsField, resolve: (p) => p.errors }),
    }),
  });

builder.mutationFields((t) => ({
  recordFinding: t.field({
    type: RecordFindingPayload,
    description:
      "Records what the panel found against one line of enquiry (replacing what was there). " +
      "Staff who may change ENQUIRY, and the review's panel.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordFindingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordFinding(ctx, {
        reviewId: input.reviewId.id,
        kloeId: input.kloeId,
        findings: input.findings,
        evidence: input.evidence,
        concerns: input.concerns,
      }),
  }),
  addQuote: t.field({
    type: AddQuotePayload,
    description: "Adds the person's or family's words to a finding.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AddQuoteInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      addQuote(ctx, { findingId: input.findingId.id, source: input.source, text: input.text }),
  }),
  recordDifferingOpinion: t.field({
    type: RecordDifferingOpinionPayload,
    description:
      "Records the signed-in panel member's own view where the panel disagrees (standard 5.4).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordDifferingOpinionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordDifferingOpinion(ctx, { findingId: input.findingId.id, view: input.view }),
  }),
  setSummaryAnswer: t.field({
    type: SetSummaryAnswerPayload,
    description: "Answers one of the four questions for a review (replacing any answer).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetSummaryAnswerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      setSummaryAnswer(ctx, {
        reviewId: input.reviewId.id,
        question: input.question,
        answer: input.answer,
      }),
  }),
}));
