import type { Prisma } from "@cetr/db";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { ActionRef, ActionStatusEnum } from "./action.node.js";

/** An update is read through its action: same person, same review. */
export const updateInclude = {
  action: { select: { personId: true, reviewId: true, ownerId: true } },
} as const satisfies Prisma.ActionUpdateInclude;
export type ActionUpdateRow = Prisma.ActionUpdateGetPayload<{ include: typeof updateInclude }>;

export const ActionUpdateGuard = defineGuard<ActionUpdateRow>("ActionUpdate", {
  area: "ACTION",
  personId: (update) => update.action.personId,
  reviewId: (update) => update.action.reviewId,
  actionOwnerId: (update) => update.action.ownerId,
  load: (db, ids) =>
    db.prisma.actionUpdate.findMany({ where: { id: { in: ids } }, include: updateInclude }),
});

export const ActionUpdateRef = builder.node(builder.objectRef<ActionUpdateRow>("ActionUpdate"), {
  description:
    "Progress on an action (standard 6.2: someone tells the person and family about progress).",
  ...ActionUpdateGuard.nodeOptions,
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime" }),
    note: t.exposeString("note"),
    statusAfter: t.expose("statusAfter", {
      type: ActionStatusEnum,
      nullable: true,
      description: "The action's status this update set, if it changed it.",
    }),
    author: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (update) => update.authorId,
    }),
  }),
});

builder.objectField(ActionRef, "updates", (t) =>
  t.loadableGroup({
    type: ActionUpdateRef,
    description: "Progress updates on this action, newest first.",
    load: async (actionIds: string[], ctx) =>
      ActionUpdateGuard.readable(
        ctx,
        await ctx.db.prisma.actionUpdate.findMany({
          where: { actionId: { in: actionIds } },
          include: updateInclude,
          orderBy: [{ at: "desc" }, { id: "desc" }],
        }),
      ),
    group: (update) => update.actionId,
    resolve: (action) => action.id,
  }),
);
