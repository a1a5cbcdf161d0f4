import type { PlannerAnswer, PlannerDocument } from "@cetr/db";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { PlannerDocumentGuard } from "./guards.js";
import { payload } from "./payloads.js";
import { clearPlannerAnswer, savePlannerAnswer, submitPlanner } from "./planner.service.js";

export const PlannerKindEnum = builder.enumType("PlannerKind", {
  description:
    "One-page profile, My CETR Planner (standard 1.3), Leaving Hospital Planner (Appendix 3).",
  values: ["ONE_PAGE_PROFILE", "CETR_PLANNER", "LEAVING_HOSPITAL_PLANNER"] as const,
});
const PlannerStatusEnum = builder.enumType("PlannerStatus", {
  description: "DRAFT is the family's own; SUBMITTED versions are shared (panel included).",
  values: ["DRAFT", "SUBMITTED"] as const,
});

const PlannerAnswerRef = builder.objectRef<PlannerAnswer>("PlannerAnswer").implement({
  authScopes: { viaParent: true },
  description: "One answer, and who wrote it (the person, a parent carer, someone helping).",
  fields: (t) => ({
    questionKey: t.exposeString("questionKey", {
      description: 'Stable question key, e.g. "importantToMe", "fourQuestions.SAFE".',
    }),
    answer: t.exposeString("answer"),
    author: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (a) => a.authorId,
    }),
    writtenAt: t.expose("writtenAt", { type: "DateTime" }),
  }),
});

export const PlannerDocumentRef = builder.node(
  builder.objectRef<PlannerDocument>("PlannerDocument"),
  {
    description:
      "A version of a family-facing document. Drafts are seen by the person, their family and " +
      "staff; submitted versions also by panel members of an open review.",
    ...PlannerDocumentGuard.nodeOptions,
    fields: (t) => ({
      kind: t.expose("kind", { type: PlannerKindEnum }),
      version: t.exposeInt("version", { description: "1, 2, …: each submission keeps its own." }),
      status: t.expose("status", { type: PlannerStatusEnum }),
      submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
      review: t.loadable({
        type: ReviewRef,
        nullable: true,
        description: "For a CETR planner: the review it prepares for (null if none or not yours).",
        load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
        resolve: (doc) => doc.reviewId,
      }),
      answers: t.loadableGroup({
        type: PlannerAnswerRef,
        description: "Answers by question key.",
        load: (documentIds: string[], ctx) =>
          ctx.db.prisma.plannerAnswer.findMany({
            where: { documentId: { in: documentIds } },
            orderBy: [{ questionKey: "asc" }],
          }),
        group: (answer) => answer.documentId,
        resolve: (doc) => doc.id,
      }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    }),
  },
);

/** Person.plannerDocuments: latest version first; drafts only for those who may see drafts. */
builder.objectField(PersonRef, "plannerDocuments", (t) =>
  t.loadableGroup({
    type: PlannerDocumentRef,
    description: "Planners and profiles for this person that you may see, latest version first.",
    // Batched per path so that every person in one selection shares the `kind` argument.
    byPath: true,
    args: { kind: t.arg({ type: PlannerKindEnum, required: false }) },
    load: async (personIds: string[], ctx, args) =>
      PlannerDocumentGuard.readable(
        ctx,
        await ctx.db.prisma.plannerDocument.findMany({
          where: { personId: { in: personIds }, ...(args.kind ? { kind: args.kind } : {}) },
          orderBy: [{ kind: "asc" }, { version: "desc" }, { id: "desc" }],
        }),
      ),
    group: (doc) => doc.personId,
    resolve: (person) => person.id,
  }),
);

const SavePlannerAnswerInput = builder.inputType("SavePlannerAnswerInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    kind: t.field({ type: PlannerKindEnum, required: true }),
    reviewId: t.globalID({
      for: ReviewRef,
      required: false,
      description: "For a CETR planner: the review it prepares for.",
    }),
    questionKey: t.string({ required: true }),
    answer: t.string({ required: true }),
  }),
});
const ClearPlannerAnswerInput = builder.inputType("ClearPlannerAnswerInput", {
  fields: (t) => ({
    documentId: t.globalID({ for: PlannerDocumentRef, required: true }),
    questionKey: t.string({ required: true }),
  }),
});
const SubmitPlannerInput = builder.inputType("SubmitPlannerInput", {
  fields: (t) => ({ documentId: t.globalID({ for: PlannerDocumentRef, required: true }) }),
});

const toPayload = (r: Awaited<ReturnType<typeof submitPlanner>>) => ({
  plannerDocument: r.document,
  errors: r.errors,
});

builder.mutationFields((t) => ({
  savePlannerAnswer: t.field({
    type: payload(
      "SavePlannerAnswerPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The open draft the answer went into.",
    ),
    description:
      "Saves one answer into the person's open draft of this kind (opening one if there is " +
      "none), recording you as its author. A one-page profile's new draft starts as a copy of " +
      "its last submitted version, each answer keeping its author. For the person, family and " +
      "staff who may edit drafts.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SavePlannerAnswerInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await savePlannerAnswer(ctx, {
          personId: input.personId.id,
          kind: input.kind,
          reviewId: input.reviewId?.id ?? null,
          questionKey: input.questionKey,
          answer: input.answer,
        }),
      ),
  }),
  clearPlannerAnswer: t.field({
    type: payload(
      "ClearPlannerAnswerPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The draft, without the answer.",
    ),
    description:
      "Takes one answer out of a draft (someone emptied a question they had answered). " +
      "Sent versions keep their answers: clearing one is refused.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ClearPlannerAnswerInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await clearPlannerAnswer(ctx, {
          documentId: input.documentId.id,
          questionKey: input.questionKey,
        }),
      ),
  }),
  submitPlanner: t.field({
    type: payload(
      "SubmitPlannerPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The submitted version.",
    ),
    description: "Sends a draft: it becomes a numbered, submitted version (DRAFT → SUBMITTED).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SubmitPlannerInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(await submitPlanner(ctx, { documentId: input.documentId.id })),
  }),
}));
