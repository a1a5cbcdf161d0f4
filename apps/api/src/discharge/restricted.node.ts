import {
  loadOrganisations,
  OrganisationRef,
  orMissing,
} from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import { MONITORING_INCLUDE, type MonitoringRow, RestrictedMonitoringGuard } from "./guards.js";
import { payload } from "./payloads.js";
import {
  listRestrictedMonitoring,
  type MonitoringFields,
  mojClock,
  recordRestrictedMonitoring,
  updateRestrictedMonitoring,
} from "./restricted.service.js";

const MojRequestTypeEnum = builder.enumType("MojRequestType", {
  description: "What was asked of the Ministry of Justice (Appendix 6 §47.2).",
  values: ["LEAVE", "TRANSFER", "DISCHARGE"] as const,
});

export const RestrictedMonitoringRef = builder.node(
  builder.objectRef<MonitoringRow>("RestrictedPatientMonitoring"),
  {
    description:
      "One row of the restricted-patient monitoring table (Appendix 6 §47.2), kept by the " +
      "responsible commissioner. Staff on the caseload, and partners with `restricted:read`.",
    ...RestrictedMonitoringGuard.nodeOptions,
    fields: (t) => ({
      person: t.loadable({
        type: PersonRef,
        description: "The restricted patient this row is about.",
        load: (ids: string[], ctx) => PersonGuard.inOrderOrError(ctx, ids),
        resolve: (row) => row.personId,
      }),
      reference: t.exposeString("reference"),
      review: t.loadable({
        type: ReviewRef,
        nullable: true,
        description: "The C(E)TR this row records (null if none or not yours to see).",
        load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
        resolve: (row) => row.reviewId,
      }),
      reviewDate: t.expose("reviewDate", { type: "Date", description: "CTR date." }),
      outcome: t.exposeString("outcome", { description: "CTR outcome, in the table's words." }),
      provider: t.loadable({
        type: OrganisationRef,
        load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
        resolve: (row) => row.providerId,
      }),
      responsibleClinician: t.exposeString("responsibleClinician", {
        description: "Responsible clinician's name.",
      }),
      referredToMojOn: t.expose("referredToMojOn", {
        type: "Date",
        nullable: true,
        description: "RC referral date to the MoJ.",
      }),
      requestType: t.expose("requestType", { type: MojRequestTypeEnum, nullable: true }),
      mojResponseOn: t.expose("mojResponseOn", {
        type: "Date",
        nullable: true,
        description: "Date of the MoJ's response.",
      }),
      narrative: t.exposeString("narrative", { nullable: true }),
      escalation: t.exposeString("escalation", { nullable: true }),
      mojContactDueOn: t.field({
        type: "Date",
        nullable: true,
        description:
          "When the responsible clinician must have contacted NOMS/MoJ: within one week of a " +
          "C(E)TR finding the person ready for discharge or able to move somewhere less " +
          "restrictive (Appendix 6, Figure 13; @cetr/domain MOJ_CONTACT). Null when the linked " +
          "review's outcome does not start the clock.",
        resolve: (row, _args, ctx) => mojClock(row, ctx.now).dueOn,
      }),
      mojContactOverdue: t.boolean({
        description: "No referral recorded and the due date has passed (today in England).",
        resolve: (row, _args, ctx) => mojClock(row, ctx.now).overdue,
      }),
      mojContactLate: t.boolean({
        description: "Referred, but after the due date.",
        resolve: (row, _args, ctx) => mojClock(row, ctx.now).late,
      }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    }),
  },
);

builder.objectField(PersonRef, "restrictedMonitoring", (t) =>
  t.loadableGroup({
    type: RestrictedMonitoringRef,
    description: "This person's rows on the Appendix 6 monitoring table, latest review first.",
    load: async (personIds: string[], ctx) =>
      RestrictedMonitoringGuard.readable(
        ctx,
        await ctx.db.prisma.restrictedPatientMonitoring.findMany({
          where: { personId: { in: personIds } },
          include: MONITORING_INCLUDE,
          orderBy: [{ reviewDate: "desc" }, { id: "desc" }],
        }),
      ),
    group: (row) => row.personId,
    resolve: (person) => person.id,
  }),
);

const RestrictedMonitoringConnection = builder.connectionObject({
  type: RestrictedMonitoringRef,
  name: "RestrictedPatientMonitoringConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many rows match, across every page.",
      complexity: 5,
      resolve: (parent) =>
        (parent as unknown as { totalCount: () => Promise<number> }).totalCount(),
    }),
  }),
});

builder.queryFields((t) => ({
  restrictedMonitoring: t.field({
    type: RestrictedMonitoringConnection,
    description:
      "The Appendix 6 monitoring table across the people you may see, latest review first. " +
      "`first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      mojContactOverdue: t.arg.boolean({
        description: "true: only rows whose MoJ contact is overdue; false: only the others.",
      }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "For people on this organisation's caseload.",
      }),
    },
    resolve: (_root, args, ctx) =>
      listRestrictedMonitoring(ctx, { ...args, organisationId: args.organisationId?.id ?? null }),
  }),
}));

const RecordRestrictedMonitoringInput = builder.inputType("RecordRestrictedMonitoringInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    reviewId: t.globalID({ for: ReviewRef, required: false }),
    reference: t.string({ required: true }),
    reviewDate: t.string({ required: true, description: '"YYYY-MM-DD"; not in the future.' }),
    outcome: t.string({ required: true }),
    providerId: t.globalID({ for: OrganisationRef, required: true }),
    responsibleClinician: t.string({ required: true }),
    referredToMojOn: t.string({ required: false }),
    requestType: t.field({ type: MojRequestTypeEnum, required: false }),
    mojResponseOn: t.string({ required: false }),
    narrative: t.string({ required: false }),
    escalation: t.string({ required: false }),
  }),
});

const UpdateRestrictedMonitoringInput = builder.inputType("UpdateRestrictedMonitoringInput", {
  description: "Only the fields given change; null clears an optional field.",
  fields: (t) => ({
    id: t.globalID({ for: RestrictedMonitoringRef, required: true }),
    reviewId: t.globalID({ for: ReviewRef, required: false }),
    reference: t.string({ required: false }),
    reviewDate: t.string({ required: false }),
    outcome: t.string({ required: false }),
    providerId: t.globalID({ for: OrganisationRef, required: false }),
    responsibleClinician: t.string({ required: false }),
    referredToMojOn: t.string({ required: false }),
    requestType: t.field({ type: MojRequestTypeEnum, required: false }),
    mojResponseOn: t.string({ required: false }),
    narrative: t.string({ required: false }),
    escalation: t.string({ required: false }),
  }),
});

/** A global ID argument to a plain id, keeping "omitted" (undefined) apart from null. */
const idOf = (v: { id: string } | null | undefined) =>
  v === undefined ? undefined : (v?.id ?? null);

const monitoringPayload = (name: string) =>
  payload(name, "restrictedMonitoring", RestrictedMonitoringRef, "The row as it now stands.");

builder.mutationFields((t) => ({
  recordRestrictedMonitoring: t.field({
    type: monitoringPayload("RecordRestrictedMonitoringPayload"),
    description:
      "Adds a row to the Appendix 6 monitoring table (staff who may change this part of the " +
      "record, or partners with `restricted:write`).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordRestrictedMonitoringInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const fields: MonitoringFields = {
        ...input,
        reviewId: idOf(input.reviewId),
        providerId: input.providerId.id,
      };
      const r = await recordRestrictedMonitoring(ctx, { ...fields, personId: input.personId.id });
      return { restrictedMonitoring: r.monitoring, errors: r.errors };
    },
  }),
  updateRestrictedMonitoring: t.field({
    type: monitoringPayload("UpdateRestrictedMonitoringPayload"),
    description: "Changes a monitoring row: the referral, the MoJ's response, the narrative.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateRestrictedMonitoringInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const r = await updateRestrictedMonitoring(ctx, {
        ...input,
        id: input.id.id,
        reviewId: idOf(input.reviewId),
        providerId: idOf(input.providerId),
      });
      return { restrictedMonitoring: r.monitoring, errors: r.errors };
    },
  }),
}));
