import type { RuleReason } from "@cetr/domain";
import { builder } from "../schema/builder.js";
import { ErrorCodeEnum } from "../schema/errors.js";
import { QualityStandardSourceEnum, QualityStandardStatusEnum } from "./enums.js";
import { ReviewRef, ReviewStateEnum } from "./review.node.js";
import {
  blockersOf,
  consentProblemsOf,
  forwardState,
  panelBreachesOf,
  type QualityStandardResult,
  qualityStandardsOf,
  reviewFacts,
  type StoredAssessment,
  type TransitionOption,
  transitionsOf,
} from "./review-facts.js";

/** One reason a rule gives, with the policy section it comes from (@cetr/domain RuleReason). */
export const ReviewBlockerRef = builder.objectRef<RuleReason>("ReviewBlocker").implement({
  authScopes: { viaParent: true },
  description: "One reason the review cannot move on, from the policy rules, with its §.",
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (r) => r.code }),
    rule: t.exposeString("rule", { description: 'The rule that gave it, e.g. "PANEL_RECORDED".' }),
    section: t.exposeString("section", { description: 'Where the policy says so, e.g. "§7.2.1".' }),
    message: t.exposeString("message"),
    field: t.exposeString("field", {
      nullable: true,
      description: 'What it is about, e.g. "panel", "consent", "members.0.trainingCurrent".',
    }),
  }),
});

const ReviewTransitionRef = builder.objectRef<TransitionOption>("ReviewTransition").implement({
  authScopes: { viaParent: true },
  description:
    "A move the lifecycle allows from the review's state, and whether it can be made now.",
  fields: (t) => ({
    to: t.field({ type: ReviewStateEnum, resolve: (o) => o.to }),
    allowed: t.exposeBoolean("allowed"),
    blockers: t.field({ type: [ReviewBlockerRef], resolve: (o) => o.reasons }),
  }),
});

const QualityAssessmentRef = builder
  .objectRef<StoredAssessment>("ReviewQualityAssessment")
  .implement({
    authScopes: { viaParent: true },
    description:
      "Staff's assessment of a standard the record has no facts for (ADR 0037): met or not, " +
      "the evidence, what will be done if not met, and who recorded it when.",
    fields: (t) => ({
      met: t.exposeBoolean("met"),
      evidence: t.exposeString("evidence"),
      followUp: t.exposeString("followUp", {
        nullable: true,
        description: "What will be done; given whenever the standard was not met.",
      }),
      recordedByName: t.string({
        description: "The display name of who recorded it.",
        resolve: (a) => a.recordedBy.displayName,
      }),
      recordedAt: t.field({ type: "DateTime", resolve: (a) => a.recordedAt }),
    }),
  });

export const QualityStandardRef = builder
  .objectRef<QualityStandardResult>("ReviewQualityStandard")
  .implement({
    authScopes: { viaParent: true },
    description: "One Appendix 1 standard for this review: met, unmet or unknown, and why.",
    fields: (t) => ({
      id: t.exposeString("id", { description: 'The standard, e.g. "5.1".' }),
      principle: t.exposeInt("principle"),
      title: t.exposeString("title"),
      status: t.field({ type: QualityStandardStatusEnum, resolve: (r) => r.status }),
      reason: t.exposeString("reason", {
        description: "Why, from the record's facts, or the assessment's evidence.",
      }),
      section: t.exposeString("section"),
      source: t.field({
        type: QualityStandardSourceEnum,
        description: "Where the answer came from; facts in the record always win.",
        resolve: (r) => r.source,
      }),
      assessment: t.field({
        type: QualityAssessmentRef,
        nullable: true,
        description: "The assessment the answer came from, when source is ASSESSMENT.",
        resolve: (r) => r.recorded,
      }),
    }),
  });

builder.objectFields(ReviewRef, (t) => ({
  nextState: t.field({
    type: ReviewStateEnum,
    nullable: true,
    description: "Where the review goes next in the ordinary course; null once it has ended.",
    resolve: (review) => forwardState(review.status),
  }),
  blockers: t.field({
    type: [ReviewBlockerRef],
    description:
      "Why the review cannot move on to `nextState` (consent, panel, actions, report circulation), " +
      "each with its code and §. Empty when it can, or when the review has ended.",
    resolve: async (review, _args, ctx) => blockersOf(await reviewFacts(ctx, review.id)),
  }),
  nextStates: t.field({
    type: [ReviewStateEnum],
    description:
      "The moves that can be made now: allowed by the lifecycle and by the recorded facts. " +
      "(EXEMPT also needs a reason, given with the move.)",
    resolve: async (review, _args, ctx) =>
      transitionsOf(await reviewFacts(ctx, review.id))
        .filter((o) => o.allowed)
        .map((o) => o.to),
  }),
  transitions: t.field({
    type: [ReviewTransitionRef],
    description: "Every move the lifecycle allows from here, with what stops each one.",
    resolve: async (review, _args, ctx) => transitionsOf(await reviewFacts(ctx, review.id)),
  }),
  panelBreaches: t.field({
    type: [ReviewBlockerRef],
    description:
      "What is wrong with the panel (§7.2.1; standards 5.1, 5.6, 5.7), checked whatever state the " +
      "review is in, so it can be put right before the day. Empty when the panel meets the rules.",
    resolve: async (review, _args, ctx) => panelBreachesOf(await reviewFacts(ctx, review.id)),
  }),
  consentProblems: t.field({
    type: [ReviewBlockerRef],
    description:
      "Why there is no valid basis for the review yet (consent or a best-interests decision, §6, " +
      "§26), checked whatever state the review is in. Empty when it may go ahead.",
    resolve: async (review, _args, ctx) => consentProblemsOf(await reviewFacts(ctx, review.id)),
  }),
  qualityStandards: t.field({
    type: [QualityStandardRef],
    description:
      "The Appendix 1 standards, from what is recorded (consent, panel, findings, actions, report) " +
      "or, for standards those say nothing about, staff's assessment; nothing recorded is UNKNOWN.",
    resolve: async (review, _args, ctx) => qualityStandardsOf(await reviewFacts(ctx, review.id)),
  }),
}));
