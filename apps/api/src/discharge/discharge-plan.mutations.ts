import { UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import {
  DischargeItemStatusEnum,
  DischargePlanRef,
  DischargeStandardStatusEnum,
} from "./discharge-plan.node.js";
import {
  createDischargePlan,
  recordFamilyView,
  updateDischargeItem,
  updateDischargeStandard,
  updateDischargeStep,
} from "./discharge-plan.service.js";
import { payload } from "./payloads.js";

const planPayload = (name: string) =>
  payload(name, "dischargePlan", DischargePlanRef, "The plan as it now stands.");

const CreateDischargePlanInput = builder.inputType("CreateDischargePlanInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    admissionEventId: t.globalID({
      required: false,
      description: "The person's admission (a SettingEvent global ID) this plan is for.",
    }),
    facilitatorId: t.globalID({
      for: UserRef,
      required: false,
      description: "The named hospital discharge facilitator (standard 1).",
    }),
    plannedDischargeOn: t.string({ required: false, description: '"YYYY-MM-DD".' }),
  }),
});

const UpdateDischargeItemInput = builder.inputType("UpdateDischargeItemInput", {
  fields: (t) => ({
    planId: t.globalID({ for: DischargePlanRef, required: true }),
    itemId: t.string({ required: true, description: '"1.1" to "7.6" (Appendix 3).' }),
    staffStatus: t.field({ type: DischargeItemStatusEnum, required: true }),
    dueOn: t.string({
      required: false,
      description:
        'The date agreed for this person, "YYYY-MM-DD"; null clears it, omitted keeps it.',
    }),
  }),
});

const RecordFamilyViewInput = builder.inputType("RecordFamilyViewInput", {
  description:
    "The young person's or family's own view of one item. It has no staff status on purpose: " +
    "the family's view never overwrites the staff record.",
  fields: (t) => ({
    planId: t.globalID({ for: DischargePlanRef, required: true }),
    itemId: t.string({ required: true, description: '"1.1" to "7.6" (Appendix 3).' }),
    familyStatus: t.field({ type: DischargeItemStatusEnum, required: true }),
    familyNote: t.string({ required: false, description: "In their own words." }),
  }),
});

const UpdateDischargeStepInput = builder.inputType("UpdateDischargeStepInput", {
  fields: (t) => ({
    planId: t.globalID({ for: DischargePlanRef, required: true }),
    stepNumber: t.int({ required: true, description: "1 to 7." }),
    whoWillHelp: t.string({ required: false, description: "Null clears; omitted keeps." }),
    notes: t.string({ required: false, description: "Null clears; omitted keeps." }),
  }),
});

const UpdateDischargeStandardInput = builder.inputType("UpdateDischargeStandardInput", {
  fields: (t) => ({
    planId: t.globalID({ for: DischargePlanRef, required: true }),
    standardNumber: t.int({ required: true, description: "1 to 10 (Appendix 3 §44.2)." }),
    status: t.field({ type: DischargeStandardStatusEnum, required: true }),
    evidence: t.string({ required: false, description: "Null clears; omitted keeps." }),
  }),
});

const toPayload = (result: Awaited<ReturnType<typeof createDischargePlan>>) => ({
  dischargePlan: result.plan,
  errors: result.errors,
});

builder.mutationFields((t) => ({
  createDischargePlan: t.field({
    type: planPayload("CreateDischargePlanPayload"),
    description:
      "Starts a discharge plan with every Appendix 3 step, item and standard (staff who may " +
      "change discharge plans, or partners with `discharge:write`).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: CreateDischargePlanInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await createDischargePlan(ctx, {
          personId: input.personId.id,
          admissionEvent: input.admissionEventId ?? null,
          facilitatorId: input.facilitatorId?.id ?? null,
          plannedDischargeOn: input.plannedDischargeOn ?? null,
        }),
      ),
  }),
  updateDischargeItem: t.field({
    type: planPayload("UpdateDischargeItemPayload"),
    description: "Staff record where an item stands and the date agreed for it.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateDischargeItemInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await updateDischargeItem(ctx, {
          planId: input.planId.id,
          itemId: input.itemId,
          staffStatus: input.staffStatus,
          dueOn: input.dueOn,
        }),
      ),
  }),
  recordFamilyView: t.field({
    type: planPayload("RecordFamilyViewPayload"),
    description:
      "The young person or their family say how they see an item (Leaving Hospital Planner). " +
      "Staff cannot record it for them.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordFamilyViewInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await recordFamilyView(ctx, {
          planId: input.planId.id,
          itemId: input.itemId,
          familyStatus: input.familyStatus,
          familyNote: input.familyNote,
        }),
      ),
  }),
  updateDischargeStep: t.field({
    type: planPayload("UpdateDischargeStepPayload"),
    description: "Staff record who will help with a step, and notes.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateDischargeStepInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await updateDischargeStep(ctx, {
          planId: input.planId.id,
          stepNumber: input.stepNumber,
          whoWillHelp: input.whoWillHelp,
          notes: input.notes,
        }),
      ),
  }),
  updateDischargeStandard: t.field({
    type: planPayload("UpdateDischargeStandardPayload"),
    description: "Staff record whether a discharge standard is met, and the evidence.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateDischargeStandardInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await updateDischargeStandard(ctx, {
          planId: input.planId.id,
          standardNumber: input.standardNumber,
          status: input.status,
          evidence: input.evidence,
        }),
      ),
  }),
}));
