import { OrganisationRef, UserRef } from "../organisations/organisations.schema.js";
import { ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import { ActionRef, ActionStatusEnum } from "./action.node.js";
import {
  type ActionResult,
  type ActionUpdateResult,
  addActionUpdate,
  createAction,
  listActions,
  updateActionStatus,
} from "./actions.service.js";
import { EnquiryFindingRef } from "./finding.node.js";
import { ActionUpdateRef } from "./update.node.js";

const ActionConnection = builder.connectionObject({
  type: ActionRef,
  name: "ActionConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many actions match, across every page (people you may see).",
      complexity: 5,
      resolve: (parent) => (parent as unknown as { count: () => Promise<number> }).count(),
    }),
  }),
});

builder.queryFields((t) => ({
  actions: t.field({
    type: ActionConnection,
    description:
      "Actions you may see (console, partners with `reviews:read`), soonest due first. " +
      "`first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      status: t.arg({ type: [ActionStatusEnum], required: false }),
      overdue: t.arg.boolean({
        description: "true: still open after the due date; false: everything else.",
      }),
      dueWithinDays: t.arg.int({ description: "Due between today and today + N days (England)." }),
      ownerId: t.arg.globalID({ for: UserRef, description: "Owned by this user." }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        description: "For people on this organisation's caseload.",
      }),
      descending: t.arg.boolean({ description: "Latest due first." }),
    },
    resolve: (_root, args, ctx) =>
      listActions(ctx, {
        first: args.first,
        after: args.after,
        last: args.last,
        before: args.before,
        status: args.status,
        overdue: args.overdue,
        dueWithinDays: args.dueWithinDays,
        ownerId: args.ownerId?.id ?? null,
        organisationId: args.organisationId?.id ?? null,
        descending: args.descending,
      }),
  }),
}));

const ActionPayload = (name: string) =>
  builder.objectRef<ActionResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      action: t.field({ type: ActionRef, nullable: true, resolve: (p) => p.action }),
      errors: t.field({
        type: [UserErrorRef],
        description: "Empty when it worked; otherwise every problem, each tied to an input field.",
        resolve: (p) => p.errors,
      }),
    }),
  });

const CreateActionInput = builder.inputType("CreateActionInput", {
  description: "A SMART action (Figure 6): what, one named owner, how we will know, a due date.",
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    what: t.string({ required: true, description: "Exactly what will happen." }),
    plainWhat: t.string({ description: "The same in words the family understands." }),
    howWeWillKnow: t.string({ required: true }),
    ownerId: t.globalID({
      for: UserRef,
      required: true,
      description: "The one named person responsible (a User).",
    }),
    dueOn: t.string({
      required: true,
      description:
        '"YYYY-MM-DD", on or after the review date. A string so a bad date is a field error.',
    }),
    findingId: t.globalID({
      for: EnquiryFindingRef,
      description: "The line of enquiry it came from, on the same review.",
    }),
  }),
});

const UpdateActionStatusInput = builder.inputType("UpdateActionStatusInput", {
  fields: (t) => ({
    actionId: t.globalID({ for: ActionRef, required: true }),
    status: t.field({ type: ActionStatusEnum, required: true }),
    completedOn: t.string({ description: 'For DONE: "YYYY-MM-DD"; today if omitted.' }),
    notDoneReason: t.string({ description: "Required for NOT_DONE (standard 5.11)." }),
  }),
});

const AddActionUpdateInput = builder.inputType("AddActionUpdateInput", {
  fields: (t) => ({
    actionId: t.globalID({ for: ActionRef, required: true }),
    note: t.string({ required: true }),
    statusAfter: t.field({
      type: ActionStatusEnum,
      description: "Also move the action to this status (for NOT_DONE the note is the reason).",
    }),
  }),
});

const AddActionUpdatePayload = builder
  .objectRef<ActionUpdateResult>("AddActionUpdatePayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      update: t.field({ type: ActionUpdateRef, nullable: true, resolve: (p) => p.update }),
      action: t.field({ type: ActionRef, nullable: true, resolve: (p) => p.action }),
      errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    }),
  });

builder.mutationFields((t) => ({
  createAction: t.field({
    type: ActionPayload("CreateActionPayload"),
    description:
      "Agrees a SMART action at a review (who may change ACTION on the person's record).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: CreateActionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createAction(ctx, {
        reviewId: input.reviewId.id,
        what: input.what,
        plainWhat: input.plainWhat,
        howWeWillKnow: input.howWeWillKnow,
        ownerId: input.ownerId.id,
        dueOn: input.dueOn,
        findingId: input.findingId?.id ?? null,
      }),
  }),
  updateActionStatus: t.field({
    type: ActionPayload("UpdateActionStatusPayload"),
    description: "Marks an action DONE, NOT_DONE (with a reason) or OPEN again.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateActionStatusInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateActionStatus(ctx, {
        actionId: input.actionId.id,
        status: input.status,
        completedOn: input.completedOn,
        notDoneReason: input.notDoneReason,
      }),
  }),
  addActionUpdate: t.field({
    type: AddActionUpdatePayload,
    description: "Adds a progress note to an action, optionally changing its status.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AddActionUpdateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      addActionUpdate(ctx, {
        actionId: input.actionId.id,
        note: input.note,
        statusAfter: input.statusAfter,
      }),
  }),
}));
