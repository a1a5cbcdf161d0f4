import type { Action } from "@cetr/db";
import { actionProgress, londonCalendarDate } from "@cetr/domain";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { rowsWhereIn } from "../schema/rows.js";

/** A SMART action is the ACTION area of its person's record, and belongs to its review (panel access). */
export const ActionGuard = defineGuard<Action>("Action", {
  area: "ACTION",
  personId: (action) => action.personId,
  reviewId: (action) => action.reviewId,
  load: (db, ids) => rowsWhereIn<Action>(db, "Action", "id", ids),
});

/** The domain's view of one action today (overdue, days late). */
function progressOf(action: Action, now: Date) {
  const [item] = actionProgress(
    [
      {
        what: action.what,
        owner: action.ownerId,
        howWeWillKnow: action.howWeWillKnow,
        dueDate: action.dueOn.toISOString().slice(0, 10),
        status: action.status,
        notDoneReason: action.notDoneReason,
      },
    ],
    londonCalendarDate(now),
  ).items;
  if (!item) throw new Error("actionProgress returned no item");
  return item;
}

export const ActionStatusEnum = builder.enumType("ActionStatus", {
  description: "OPEN until DONE or NOT_DONE (with a reason); overdue is computed (`isOverdue`).",
  values: ["OPEN", "DONE", "NOT_DONE"] as const,
});

export const ActionRef = builder.node(builder.objectRef<Action>("Action"), {
  description:
    "A SMART recommendation (Figure 6, §13, standard 7.2): what exactly, one named owner, " +
    "how we will know, a due date.",
  ...ActionGuard.nodeOptions,
  fields: (t) => ({
    what: t.exposeString("what"),
    plainWhat: t.exposeString("plainWhat", {
      nullable: true,
      description: "The same action in words the family understands.",
    }),
    howWeWillKnow: t.exposeString("howWeWillKnow"),
    owner: t.loadable({
      type: UserRef,
      description: "The one named person responsible.",
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (action) => action.ownerId,
    }),
    dueOn: t.expose("dueOn", { type: "Date" }),
    status: t.expose("status", { type: ActionStatusEnum }),
    completedOn: t.expose("completedOn", { type: "Date", nullable: true }),
    notDoneReason: t.exposeString("notDoneReason", { nullable: true }),
    isOverdue: t.boolean({
      description: "Still open after its due date, as of today in England (@cetr/domain).",
      resolve: (action, _args, ctx) => progressOf(action, ctx.now).status === "OVERDUE",
    }),
    daysOverdue: t.int({
      description: "Days past the due date while still open; 0 otherwise.",
      resolve: (action, _args, ctx) => progressOf(action, ctx.now).daysOverdue,
    }),
    review: t.loadable({
      type: ReviewRef,
      load: (ids: string[], ctx) => ReviewGuard.inOrderOrError(ctx, ids),
      resolve: (action) => action.reviewId,
    }),
  }),
});

/** Review.actions: the actions agreed at this review, by due date. */
builder.objectField(ReviewRef, "actions", (t) =>
  t.loadableGroup({
    type: ActionRef,
    description: "Actions agreed at this review that you may see, soonest due first.",
    load: async (reviewIds: string[], ctx) =>
      ActionGuard.readable(
        ctx,
        await rowsWhereIn<Action>(ctx.db, "Action", "reviewId", reviewIds, '"dueOn", id'),
      ),
    group: (action) => action.reviewId,
    resolve: (review) => review.id,
  }),
);

/** Person.actions: every action agreed for the person at any review (the family's action tracker). */
builder.objectField(PersonRef, "actions", (t) =>
  t.loadableGroup({
    type: ActionRef,
    description: "Every action agreed for this person at any review, soonest due first.",
    load: async (personIds: string[], ctx) =>
      ActionGuard.readable(
        ctx,
        await rowsWhereIn<Action>(ctx.db, "Action", "personId", personIds, '"dueOn", id'),
      ),
    group: (action) => action.personId,
    resolve: (person) => person.id,
  }),
);
