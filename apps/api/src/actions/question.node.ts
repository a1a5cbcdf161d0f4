import type { Prisma } from "@cetr/db";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { ActionGuard, ActionRef } from "./action.node.js";

/** A question is read through its action: the same person, the same review (ACTION area). */
export const questionInclude = {
  action: { select: { personId: true, reviewId: true, ownerId: true } },
} as const satisfies Prisma.ActionQuestionInclude;
export type ActionQuestionRow = Prisma.ActionQuestionGetPayload<{
  include: typeof questionInclude;
}>;

export const ActionQuestionGuard = defineGuard<ActionQuestionRow>("ActionQuestion", {
  area: "ACTION",
  personId: (q) => q.action.personId,
  reviewId: (q) => q.action.reviewId,
  actionOwnerId: (q) => q.action.ownerId,
  load: (db, ids) =>
    db.prisma.actionQuestion.findMany({ where: { id: { in: ids } }, include: questionInclude }),
});

export const ActionQuestionRef = builder.node(
  builder.objectRef<ActionQuestionRow>("ActionQuestion"),
  {
    description:
      "A question from the person or their family about an action (\"I don't think this has " +
      "happened\"). It reaches the action's owner and the commissioner, and is open until answered.",
    ...ActionQuestionGuard.nodeOptions,
    fields: (t) => ({
      question: t.exposeString("question"),
      askedAt: t.expose("askedAt", { type: "DateTime" }),
      askedBy: t.loadable({
        type: UserRef,
        load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
        resolve: (q) => q.askedById,
      }),
      isOpen: t.boolean({ resolve: (q) => q.answeredAt === null }),
      answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
      answeredBy: t.loadable({
        type: UserRef,
        nullable: true,
        load: (ids: string[], ctx) => loadUsers(ctx, ids),
        resolve: (q) => q.answeredById,
      }),
      answer: t.exposeString("answer", {
        nullable: true,
        description: "What staff told the person or family, for the record.",
      }),
      action: t.loadable({
        type: ActionRef,
        load: (ids: string[], ctx) => ActionGuard.inOrderOrError(ctx, ids),
        resolve: (q) => q.actionId,
      }),
    }),
  },
);

builder.objectField(ActionRef, "questions", (t) =>
  t.loadableGroup({
    type: ActionQuestionRef,
    description: "Questions asked about this action, newest first.",
    load: async (actionIds: string[], ctx) =>
      ActionQuestionGuard.readable(
        ctx,
        await ctx.db.prisma.actionQuestion.findMany({
          where: { actionId: { in: actionIds } },
          include: questionInclude,
          orderBy: [{ askedAt: "desc" }, { id: "desc" }],
        }),
      ),
    group: (q) => q.actionId,
    resolve: (action) => action.id,
  }),
);
