import type { DischargePlanItem, DischargePlanStandard, DischargePlanStep } from "@cetr/db";
import {
  type CalendarDate,
  compareCalendarDates,
  DISCHARGE_STANDARDS,
  DISCHARGE_STEPS,
  type DischargeItem,
  type DischargeItemStatus,
  dischargeItemDueDate,
  dischargeProgress,
  type FieldError,
  londonCalendarDate,
  type StepProgress,
} from "@cetr/domain";
import type { Context } from "../context.js";
import type { Tx } from "../jobs/queue.js";
import { notifyFamily } from "../notifications/notify.js";
import { PersonGuard } from "../people/people.guard.js";
import { isUuid } from "../schema/guard.js";
import { DischargePlanGuard, PLAN_INCLUDE, type PlanRow } from "./guards.js";
import { calendarDate, dbDate, idError, optionalDate, optionalText } from "./inputs.js";

/** Use cases for discharge plans (Appendix 3, §16). Resolvers call these. */

export const STEP_BY_NUMBER = new Map(DISCHARGE_STEPS.map((s) => [s.number, s]));
export const ITEM_BY_ID = new Map<string, DischargeItem>(
  DISCHARGE_STEPS.flatMap((s) => s.items.map((i) => [i.id, i] as const)),
);
const STEP_OF_ITEM = new Map(DISCHARGE_STEPS.flatMap((s) => s.items.map((i) => [i.id, s.number])));
export const STANDARD_BY_NUMBER = new Map(DISCHARGE_STANDARDS.map((s) => [s.number, s]));

export type PlanResult = { plan: PlanRow; errors: [] } | { plan: null; errors: FieldError[] };
const refused = (errors: FieldError[]): PlanResult => ({ plan: null, errors });

/** Every step, with its items, for a batch of plans (two queries, whatever the batch size). */
export async function loadSteps(ctx: Context, planIds: readonly string[]) {
  const [steps, items] = await Promise.all([
    ctx.db.prisma.dischargePlanStep.findMany({
      where: { planId: { in: [...planIds] } },
      orderBy: [{ planId: "asc" }, { stepNumber: "asc" }],
    }),
    loadItems(ctx, planIds),
  ]);
  return steps.map((step) => ({
    ...step,
    items: items.filter((i) => i.planId === step.planId && i.stepNumber === step.stepNumber),
  }));
}
export type StepRow = DischargePlanStep & { items: DischargePlanItem[] };

/** Items in the domain's order (1.1, 1.2 … 7.6), not the database's string order. */
const ITEM_ORDER = new Map([...ITEM_BY_ID.keys()].map((id, i) => [id, i]));
export async function loadItems(ctx: Context, planIds: readonly string[]) {
  const rows = await ctx.db.prisma.dischargePlanItem.findMany({
    where: { planId: { in: [...planIds] } },
  });
  return rows.sort(
    (a, b) =>
      a.planId.localeCompare(b.planId) ||
      (ITEM_ORDER.get(a.itemId) ?? 999) - (ITEM_ORDER.get(b.itemId) ?? 999),
  );
}

export function loadStandards(ctx: Context, planIds: readonly string[]) {
  return ctx.db.prisma.dischargePlanStandard.findMany({
    where: { planId: { in: [...planIds] } },
    orderBy: [{ planId: "asc" }, { standardNumber: "asc" }],
  });
}
export type StandardRow = DischargePlanStandard;

/** The dates the policy ties an item to: the plan's admission and planned discharge. */
export const planDates = (plan: PlanRow) => ({
  admissionDate: plan.admissionEvent ? calendarDate(plan.admissionEvent.occurredOn) : null,
  dischargeDate: plan.plannedDischargeOn ? calendarDate(plan.plannedDischargeOn) : null,
});

/** An item's date: the one agreed for this person, else the one the policy fixes (if any). */
export function itemDueOn(item: DischargePlanItem, plan: PlanRow): CalendarDate | null {
  if (item.dueOn) return calendarDate(item.dueOn);
  const policy = ITEM_BY_ID.get(item.itemId);
  return policy ? dischargeItemDueDate(policy, planDates(plan)) : null;
}

export type StepStatus = "NOT_STARTED" | "IN_PROGRESS" | "LATE" | "DONE";
export interface StepProgressView extends StepProgress {
  status: StepStatus;
  nextDueOn: CalendarDate | null;
}
export interface PlanProgress {
  done: number;
  applicable: number;
  percent: number;
  overdueItems: string[];
  nextDueOn: CalendarDate | null;
  steps: StepProgressView[];
}

const earliest = (dates: (CalendarDate | null)[]): CalendarDate | null =>
  dates.filter((d): d is CalendarDate => d !== null).sort(compareCalendarDates)[0] ?? null;

/**
 * Progress as @cetr/domain `dischargeProgress` reports it (staff statuses;
 * overdue = past a date the policy fixes), plus each step's next date among
 * its open items (agreed dates included) and a one-word status for trackers.
 */
export function planProgress(plan: PlanRow, items: DischargePlanItem[], now: Date): PlanProgress {
  const statuses: Record<string, DischargeItemStatus> = {};
  for (const item of items) statuses[item.itemId] = item.staffStatus;
  const steps = dischargeProgress(statuses, {
    ...planDates(plan),
    now: londonCalendarDate(now),
  }).map((step): StepProgressView => {
    const open = items.filter(
      (i) =>
        i.stepNumber === step.number &&
        i.staffStatus !== "DONE" &&
        i.staffStatus !== "NOT_APPLICABLE",
    );
    const started = items.some(
      (i) =>
        i.stepNumber === step.number &&
        (i.staffStatus === "IN_PROGRESS" || i.staffStatus === "DONE"),
    );
    const status: StepStatus =
      step.overdueItems.length > 0
        ? "LATE"
        : step.done === step.applicable
          ? "DONE"
          : started
            ? "IN_PROGRESS"
            : "NOT_STARTED";
    return { ...step, status, nextDueOn: earliest(open.map((i) => itemDueOn(i, plan))) };
  });
  const done = steps.reduce((n, s) => n + s.done, 0);
  const applicable = steps.reduce((n, s) => n + s.applicable, 0);
  return {
    done,
    applicable,
    percent: applicable === 0 ? 100 : Math.floor((done / applicable) * 100),
    overdueItems: steps.flatMap((s) => s.overdueItems),
    nextDueOn: earliest(steps.map((s) => s.nextDueOn)),
    steps,
  };
}

async function reload(ctx: Context, planId: string): Promise<PlanRow> {
  return ctx.db.prisma.dischargePlan.findUniqueOrThrow({
    where: { id: planId },
    include: PLAN_INCLUDE,
  });
}

/** Staff start a plan: every Appendix 3 step and item, and the ten standards, in one transaction. */
export async function createDischargePlan(
  ctx: Context,
  input: {
    personId: string;
    admissionEvent: { typename: string; id: string } | null;
    facilitatorId: string | null;
    plannedDischargeOn: string | null;
  },
): Promise<PlanResult> {
  const errors: FieldError[] = [];
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "createDischargePlan",
    "DISCHARGE",
  );
  if (!person.row) return refused([idError("personId", person.code, "person")]);
  const plannedDischargeOn = optionalDate(errors, "plannedDischargeOn", input.plannedDischargeOn);
  let admissionEventId: string | null = null;
  if (input.admissionEvent) {
    const { typename, id } = input.admissionEvent;
    // The admission must be this person's: an ID from someone else's record is unknown here.
    const event =
      typename === "SettingEvent" && isUuid(id)
        ? await ctx.db.prisma.settingEvent.findFirst({
            where: { id, personId: person.row.id, kind: "ADMISSION" },
            select: { id: true, dischargePlans: { select: { id: true } } },
          })
        : null;
    if (!event)
      errors.push({
        field: "admissionEventId",
        code: "NOT_FOUND",
        message: "This person has no admission with this ID",
      });
    else if (event.dischargePlans.length > 0)
      errors.push({
        field: "admissionEventId",
        code: "ALREADY_EXISTS",
        message: "There is already a discharge plan for this admission",
      });
    else admissionEventId = event.id;
  }
  if (input.facilitatorId) {
    const user = isUuid(input.facilitatorId)
      ? await ctx.db.prisma.user.findUnique({
          where: { id: input.facilitatorId },
          select: { id: true },
        })
      : null;
    if (!user)
      errors.push({
        field: "facilitatorId",
        code: "NOT_FOUND",
        message: "There is no user with this ID",
      });
  }
  if (errors.length) return refused(errors);
  const steps = DISCHARGE_STEPS.map((step) => ({ stepNumber: step.number }));
  const items = DISCHARGE_STEPS.flatMap((step) =>
    step.items.map((item) => ({ itemId: item.id, stepNumber: step.number })),
  );
  const standards = DISCHARGE_STANDARDS.map((s) => ({ standardNumber: s.number }));
  const plan = await ctx.db.prisma.$transaction(async (tx) => {
    const created = await tx.dischargePlan.create({
      data: {
        personId: person.row.id,
        admissionEventId,
        facilitatorId: input.facilitatorId,
        plannedDischargeOn: plannedDischargeOn ? dbDate(plannedDischargeOn) : null,
      },
    });
    await tx.dischargePlanStep.createMany({
      data: steps.map((s) => ({ ...s, planId: created.id })),
    });
    await tx.dischargePlanItem.createMany({
      data: items.map((i) => ({ ...i, planId: created.id })),
    });
    await tx.dischargePlanStandard.createMany({
      data: standards.map((s) => ({ ...s, planId: created.id })),
    });
    return tx.dischargePlan.findUniqueOrThrow({
      where: { id: created.id },
      include: PLAN_INCLUDE,
    });
  });
  return { plan, errors: [] };
}

const itemKey = (planId: string, itemId: string) => ({
  planId,
  itemId,
  stepNumber: STEP_OF_ITEM.get(itemId) ?? 0,
});

function unknownItem(itemId: string): FieldError | null {
  return ITEM_BY_ID.has(itemId)
    ? null
    : {
        field: "itemId",
        code: "INVALID_CHOICE",
        message: `"${itemId}" is not an Appendix 3 item (1.1 to 7.6)`,
      };
}

/** Staff record where an item stands, and the date agreed for it. */
export async function updateDischargeItem(
  ctx: Context,
  input: {
    planId: string;
    itemId: string;
    staffStatus: DischargeItemStatus;
    dueOn: string | null | undefined;
  },
): Promise<PlanResult> {
  // DISCHARGE: staff (and partners with discharge:write); the family writes only FAMILY_VIEW.
  const loaded = await DischargePlanGuard.loadWritable(ctx, input.planId, "updateDischargeItem");
  if (!loaded.row) return refused([idError("planId", loaded.code, "discharge plan")]);
  const errors: FieldError[] = [];
  const bad = unknownItem(input.itemId);
  if (bad) errors.push(bad);
  const dueOn = optionalDate(errors, "dueOn", input.dueOn);
  if (errors.length) return refused(errors);
  const data = {
    staffStatus: input.staffStatus,
    // Omitted leaves the date alone; null clears it.
    ...(input.dueOn === undefined ? {} : { dueOn: dueOn ? dbDate(dueOn) : null }),
  };
  const plan = loaded.row;
  await ctx.db.prisma.$transaction(async (tx) => {
    // Upsert: a plan made before an item existed in the domain still takes it.
    await tx.dischargePlanItem.upsert({
      where: { planId_itemId: { planId: plan.id, itemId: input.itemId } },
      create: { ...itemKey(plan.id, input.itemId), ...data },
      update: data,
    });
    await notifyDischargeChanged(tx, plan, ctx.now);
  });
  return { plan: await reload(ctx, loaded.row.id), errors: [] };
}

/** The young person or their family say how they see an item (Leaving Hospital Planner). */
export async function recordFamilyView(
  ctx: Context,
  input: {
    planId: string;
    itemId: string;
    familyStatus: DischargeItemStatus;
    familyNote: string | null | undefined;
  },
): Promise<PlanResult> {
  // FAMILY_VIEW: the person and their family only; staff read it but never write it.
  const loaded = await DischargePlanGuard.loadWritable(
    ctx,
    input.planId,
    "recordFamilyView",
    "FAMILY_VIEW",
  );
  if (!loaded.row) return refused([idError("planId", loaded.code, "discharge plan")]);
  const errors: FieldError[] = [];
  const bad = unknownItem(input.itemId);
  if (bad) errors.push(bad);
  const familyNote = optionalText(errors, "familyNote", input.familyNote);
  if (errors.length) return refused(errors);
  const data = {
    familyStatus: input.familyStatus,
    ...(input.familyNote === undefined ? {} : { familyNote }),
  };
  await ctx.db.prisma.dischargePlanItem.upsert({
    where: { planId_itemId: { planId: loaded.row.id, itemId: input.itemId } },
    create: { ...itemKey(loaded.row.id, input.itemId), ...data },
    update: data,
  });
  return { plan: await reload(ctx, loaded.row.id), errors: [] };
}

/** One notification per plan for a burst of staff edits (the job key), not one per item. */
function notifyDischargeChanged(tx: Tx, plan: { id: string; personId: string }, now: Date) {
  return notifyFamily(
    tx,
    { kind: "DISCHARGE_CHANGED", personId: plan.personId, subjectId: plan.id },
    now,
  );
}

export async function updateDischargeStep(
  ctx: Context,
  input: {
    planId: string;
    stepNumber: number;
    whoWillHelp: string | null | undefined;
    notes: string | null | undefined;
  },
): Promise<PlanResult> {
  // DISCHARGE: staff (and partners with discharge:write); the family writes only FAMILY_VIEW.
  const loaded = await DischargePlanGuard.loadWritable(ctx, input.planId, "updateDischargeStep");
  if (!loaded.row) return refused([idError("planId", loaded.code, "discharge plan")]);
  const errors: FieldError[] = [];
  if (!STEP_BY_NUMBER.has(input.stepNumber))
    errors.push({
      field: "stepNumber",
      code: "INVALID_CHOICE",
      message: "Appendix 3 has steps 1 to 7",
    });
  const whoWillHelp = optionalText(errors, "whoWillHelp", input.whoWillHelp);
  const notes = optionalText(errors, "notes", input.notes);
  if (errors.length) return refused(errors);
  const data = {
    ...(input.whoWillHelp === undefined ? {} : { whoWillHelp }),
    ...(input.notes === undefined ? {} : { notes }),
  };
  const plan = loaded.row;
  await ctx.db.prisma.$transaction(async (tx) => {
    await tx.dischargePlanStep.upsert({
      where: { planId_stepNumber: { planId: plan.id, stepNumber: input.stepNumber } },
      create: { planId: plan.id, stepNumber: input.stepNumber, ...data },
      update: data,
    });
    await notifyDischargeChanged(tx, plan, ctx.now);
  });
  return { plan: await reload(ctx, loaded.row.id), errors: [] };
}

export async function updateDischargeStandard(
  ctx: Context,
  input: {
    planId: string;
    standardNumber: number;
    status: "MET" | "UNMET" | "UNKNOWN";
    evidence: string | null | undefined;
  },
): Promise<PlanResult> {
  // DISCHARGE: staff (and partners with discharge:write); the family writes only FAMILY_VIEW.
  const loaded = await DischargePlanGuard.loadWritable(
    ctx,
    input.planId,
    "updateDischargeStandard",
  );
  if (!loaded.row) return refused([idError("planId", loaded.code, "discharge plan")]);
  const errors: FieldError[] = [];
  if (!STANDARD_BY_NUMBER.has(input.standardNumber))
    errors.push({
      field: "standardNumber",
      code: "INVALID_CHOICE",
      message: "Appendix 3 has standards 1 to 10",
    });
  const evidence = optionalText(errors, "evidence", input.evidence);
  if (errors.length) return refused(errors);
  const data = { status: input.status, ...(input.evidence === undefined ? {} : { evidence }) };
  await ctx.db.prisma.dischargePlanStandard.upsert({
    where: {
      planId_standardNumber: { planId: loaded.row.id, standardNumber: input.standardNumber },
    },
    create: { planId: loaded.row.id, standardNumber: input.standardNumber, ...data },
    update: data,
  });
  return { plan: await reload(ctx, loaded.row.id), errors: [] };
}
