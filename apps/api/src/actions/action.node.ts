import type { Action, Database } from "@cetr/db";
import { actionProgress, londonCalendarDate } from "@cetr/domain";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewKindEnum, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { rowsWhereIn } from "../schema/rows.js";

/**
 * A SMART action is the ACTION area of its person's record, and belongs to
 * its review (panel access); its named owner may read it (ADR 0041).
 */
export const ActionGuard = defineGuard<Action>("Action", {
  area: "ACTION",
  personId: (action) => action.personId,
  reviewId: (action) => action.reviewId,
  actionOwnerId: (action) => action.ownerId,
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

/** The facts ActionContext shows, read with the action's review and person in one statement per page. */
interface ActionContextRow {
  id: string;
  personId: string;
  ownerId: string;
  reviewKind: string;
  reviewHeldOn: Date | null;
  reviewScheduledOn: Date | null;
  personName: string;
}

async function loadActionContexts(ctx: { db: Database }, ids: string[]) {
  const rows = await ctx.db.query<ActionContextRow>(
    `SELECT a.id, a."personId", a."ownerId", rv.kind::text AS "reviewKind",
            rv."heldOn" AS "reviewHeldOn", rv."scheduledOn" AS "reviewScheduledOn", p.name AS "personName"
     FROM "Action" a JOIN "Review" rv ON rv.id = a."reviewId" JOIN "Person" p ON p.id = a."personId"
     WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? new Error("There is no such action"));
}

/**
 * Where an action came from and whose it is, for anyone who may read the
 * action — including its named owner, who may not read the review or the
 * person's profile (ADR 0041). Only these facts: the review's kind and date,
 * and the person's name when the viewer may see it.
 */
const ActionContextRef = builder.objectRef<ActionContextRow>("ActionContext").implement({
  description:
    "The review an action was agreed at (kind and date only) and whose action it is: what " +
    "the action's owner needs without reading the rest of the record (ADR 0041).",
  authScopes: { viaParent: true },
  fields: (t) => ({
    reviewKind: t.field({
      type: ReviewKindEnum,
      resolve: (row) => row.reviewKind as never,
    }),
    reviewHeldOn: t.expose("reviewHeldOn", { type: "Date", nullable: true }),
    reviewScheduledOn: t.expose("reviewScheduledOn", { type: "Date", nullable: true }),
    personName: t.string({
      nullable: true,
      description:
        "The person's full name, for anyone who may read their profile and for the action's " +
        "owner; null otherwise (a partner with only `reviews:read`).",
      resolve: async (row, _args, ctx) =>
        (await ctx.access.canReadNameFor({
          personId: row.personId,
          actionOwnerId: row.ownerId,
          type: "Action",
          id: row.id,
        }))
          ? row.personName
          : null,
    }),
  }),
});

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
      nullable: true,
      description:
        "The review that agreed it, when you may read the review: null for an owner who may " +
        "read only the action (ADR 0041; `context` has what they need).",
      load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
      resolve: (action) => action.reviewId,
    }),
    context: t.loadable({
      type: ActionContextRef,
      description: "Whose action it is and the review it came from, for the action's page.",
      load: (ids: string[], ctx) => loadActionContexts(ctx, ids),
      resolve: (action) => action.id,
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
