import type { ReviewRequest, ReviewRequestStageChange } from "@cetr/db";
import { REQUEST_TRANSITIONS } from "@cetr/domain";
import { loadUsers, UserRef } from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { RequesterEnum, RequestRouteEnum, RequestStageEnum } from "./enums.js";
import { ReviewRequestGuard } from "./guards.js";
import { DueReviewRef } from "./setting.node.js";

const StageChangeRef = builder
  .objectRef<ReviewRequestStageChange>("ReviewRequestStageChange")
  .implement({
    authScopes: { viaParent: true },
    description: "A stage the request reached (Figure 9): when, by whom, with an optional note.",
    fields: (t) => ({
      stage: t.expose("stage", { type: RequestStageEnum }),
      at: t.expose("at", { type: "DateTime" }),
      by: t.loadable({
        type: UserRef,
        nullable: true,
        load: (ids: string[], ctx) => loadUsers(ctx, ids),
        resolve: (change) => change.byId,
      }),
      note: t.exposeString("note", { nullable: true }),
    }),
  });

export const ReviewRequestRef = builder.node(builder.objectRef<ReviewRequest>("ReviewRequest"), {
  description:
    "A request for a review (§14, §25, Figure 9). Not a complaint: it goes to the care coordinator " +
    "first, then the commissioner decides; a dissatisfied requester can escalate.",
  ...ReviewRequestGuard.nodeOptions,
  fields: (t) => ({
    person: t.loadable({
      type: PersonRef,
      load: (ids: string[], ctx) => PersonGuard.inOrderOrError(ctx, ids),
      resolve: (request) => request.personId,
    }),
    requester: t.expose("requester", { type: RequesterEnum }),
    requestedBy: t.loadable({
      type: UserRef,
      nullable: true,
      description: "The account that submitted it, when there is one.",
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (request) => request.requestedById,
    }),
    requesterName: t.exposeString("requesterName", {
      nullable: true,
      description: "For requesters without an account (e.g. a phone call from a grandparent).",
    }),
    route: t.expose("route", { type: RequestRouteEnum }),
    stage: t.expose("stage", { type: RequestStageEnum }),
    nextStages: t.field({
      type: [RequestStageEnum],
      description:
        "Where Figure 9 lets the request go from its stage (advanceReviewRequest); empty once convened.",
      resolve: (request) => [...REQUEST_TRANSITIONS[request.stage]],
    }),
    reason: t.exposeString("reason"),
    receivedOn: t.expose("receivedOn", { type: "Date" }),
    decidedOn: t.expose("decidedOn", { type: "Date", nullable: true }),
    decisionReason: t.exposeString("decisionReason", { nullable: true }),
    timeline: t.loadableGroup({
      type: StageChangeRef,
      description: "Every stage the request passed through, oldest first.",
      load: (requestIds: string[], ctx) =>
        ctx.db.prisma.reviewRequestStageChange.findMany({
          where: { requestId: { in: requestIds } },
          orderBy: [{ at: "asc" }, { id: "asc" }],
        }),
      group: (change) => change.requestId,
      resolve: (request) => request.id,
    }),
    review: t.loadable({
      type: ReviewRef,
      nullable: true,
      description: "The review convened in answer, if any and if you may see it.",
      load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
      resolve: (request) => request.reviewId,
    }),
    formReference: t.loadable({
      type: "String",
      nullable: true,
      description:
        'The reference of the request form it came from (e.g. "RQ-7K4M-2P9X"), when it was sent through the form ' +
        "and matched to this person: where staff record its decisions. Null for requests recorded another way.",
      load: async (ids: string[], ctx) => {
        const forms = await ctx.db.prisma.incomingReviewRequest.findMany({
          where: { reviewRequestId: { in: ids } },
          select: { reviewRequestId: true, reference: true },
        });
        const byRequest = new Map(forms.map((f) => [f.reviewRequestId, f.reference]));
        return ids.map((id) => byRequest.get(id) ?? null);
      },
      resolve: (request) => request.id,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** Person.reviewRequests: newest first. */
builder.objectField(PersonRef, "reviewRequests", (t) =>
  t.loadableGroup({
    type: ReviewRequestRef,
    description: "Requests for a review of this person that you may see, newest first.",
    load: async (personIds: string[], ctx) =>
      ReviewRequestGuard.readable(
        ctx,
        await ctx.db.prisma.reviewRequest.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
        }),
      ),
    group: (request) => request.personId,
    resolve: (person) => person.id,
  }),
);

/** Review.request: the request this review answers, if it answers one. */
builder.objectField(ReviewRef, "request", (t) =>
  t.loadable({
    type: ReviewRequestRef,
    nullable: true,
    description: "The request this review was convened in answer to, if any and if you may see it.",
    load: async (reviewIds: string[], ctx) => {
      const rows = await ReviewRequestGuard.readable(
        ctx,
        await ctx.db.prisma.reviewRequest.findMany({ where: { reviewId: { in: reviewIds } } }),
      );
      const byReview = new Map(rows.map((r) => [r.reviewId, r]));
      return reviewIds.map((id) => byReview.get(id) ?? null);
    },
    resolve: (review) => review.id,
  }),
);

/** DueReview.request: the convened request a review on request is due from, for its review and requester. */
builder.objectField(DueReviewRef, "request", (t) =>
  t.loadable({
    type: ReviewRequestRef,
    nullable: true,
    description:
      "For a review due because someone asked (rule REQUEST, §14): the request the commissioner convened, " +
      "with the review booked in answer, if you may see it. Null for every other rule.",
    load: (ids: string[], ctx) => ReviewRequestGuard.inOrder(ctx, ids),
    // The scheduler names the event that started the clock: for this rule, the request.
    resolve: (due) => (due.rule === "REQUEST" ? due.triggerEventId : null),
  }),
);
