import type { CalendarDate } from "@cetr/domain";
import {
  loadOrganisations,
  OrganisationRef,
  orMissing,
} from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { type OversightRow, oversightRows, share } from "./oversight.service.js";

const OversightRowRef = builder.objectRef<OversightRow>("OversightRow").implement({
  authScopes: { viaParent: true },
  description:
    "One organisation's month: reviews held (and reports) in the month the review was held; actions in " +
    "the month they were due. Shares are from 0 to 1, null when there is nothing to count.",
  fields: (t) => ({
    organisation: t.loadable({
      type: OrganisationRef,
      description: "The organisation that convened the reviews.",
      load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
      resolve: (row) => row.organisationId,
    }),
    month: t.exposeString("month", { description: 'The month, "YYYY-MM".' }),
    reviewsHeld: t.exposeInt("reviewsHeld"),
    reviewsHeldOnTime: t.exposeInt("reviewsHeldOnTime", {
      description: "Held on or before the review's due date.",
    }),
    reviewsHeldLate: t.exposeInt("reviewsHeldLate", {
      description: "Held after the due date. Reviews without a due date are neither.",
    }),
    reviewsOnTimeShare: t.float({
      nullable: true,
      description: "reviewsHeldOnTime out of the reviews held that had a due date.",
      resolve: (r) => share(r.reviewsHeldOnTime, r.reviewsHeldOnTime + r.reviewsHeldLate),
    }),
    reportsSentOnTime: t.exposeInt("reportsSentOnTime", {
      description: "Reports of these reviews sent by their due date (§7.2.18, Report.sentOnTime).",
    }),
    reportsSentLate: t.exposeInt("reportsSentLate"),
    reportsOverdue: t.exposeInt("reportsOverdue", {
      description: "Not sent yet, and past their due date.",
    }),
    reportsOnTimeShare: t.float({
      nullable: true,
      description: "reportsSentOnTime out of the reports sent or overdue.",
      resolve: (r) =>
        share(r.reportsSentOnTime, r.reportsSentOnTime + r.reportsSentLate + r.reportsOverdue),
    }),
    actionsDue: t.exposeInt("actionsDue", { description: "Actions due in the month." }),
    actionsDoneOnTime: t.exposeInt("actionsDoneOnTime", {
      description: "Done, completed on or before the due date.",
    }),
    actionsDoneLate: t.exposeInt("actionsDoneLate"),
    actionsOpenLate: t.exposeInt("actionsOpenLate", {
      description: "Still open, and past the due date.",
    }),
    actionsNotDone: t.exposeInt("actionsNotDone", { description: "Recorded as not done." }),
    actionsNotYetDue: t.exposeInt("actionsNotYetDue", {
      description: "Still open, not yet due: not counted in the share.",
    }),
    actionsOnTimeShare: t.float({
      nullable: true,
      description: "actionsDoneOnTime out of the actions done, not done, or open and late.",
      resolve: (r) =>
        share(
          r.actionsDoneOnTime,
          r.actionsDoneOnTime + r.actionsDoneLate + r.actionsOpenLate + r.actionsNotDone,
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  oversight: t.field({
    type: [OversightRowRef],
    description:
      "Oversight figures (issue 8 item 8) for each organisation the viewer works for and each month from " +
      "`from`'s month to `to`'s (at most 36): reviews held on time, reports sent on time, actions done on " +
      "time. Only months with something to count are returned. Staff only; families and partners are denied.",
    // Any staff membership: the figures are about the organisations one works for.
    authScopes: async (_root, _args, ctx) =>
      ctx.viewer.kind === "user" && (await ctx.access.memberships()).length > 0,
    args: {
      from: t.arg({ type: "Date", required: true }),
      to: t.arg({ type: "Date", required: true }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "One of the viewer's organisations.",
      }),
    },
    resolve: (_root, args, ctx) =>
      oversightRows(ctx, {
        from: args.from as CalendarDate,
        to: args.to as CalendarDate,
        organisationId: args.organisationId?.id ?? null,
      }),
  }),
}));
