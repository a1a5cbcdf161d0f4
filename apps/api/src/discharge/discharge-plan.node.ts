import type { DischargePlanItem } from "@cetr/db";
import {
  type CalendarDate,
  dischargeHelpers,
  dischargeTracker,
  HELPER_ROLE_OF_RELATIONSHIP,
  HELPER_ROLES,
  type HelperRelationshipKind,
  londonCalendarDate,
  type RecordedHelpers,
  recordedHelpers,
  type TrackerItem,
  trackerStepStatus,
} from "@cetr/domain";
import type { Context } from "../context.js";
import { loadUsers, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import {
  ITEM_BY_ID,
  itemDueOn,
  loadItems,
  loadStandards,
  loadSteps,
  type PlanProgress,
  planProgress,
  STANDARD_BY_NUMBER,
  STEP_BY_NUMBER,
  type StandardRow,
  type StepProgressView,
  type StepRow,
} from "./discharge-plan.service.js";
import { DischargePlanGuard, PLAN_INCLUDE, type PlanRow } from "./guards.js";

export const DischargeItemStatusEnum = builder.enumType("DischargeItemStatus", {
  description: "Where one Appendix 3 item stands (@cetr/domain DischargeItemStatus).",
  values: ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"] as const,
});
export const DischargeStandardStatusEnum = builder.enumType("DischargeStandardStatus", {
  description: "Whether one of the ten discharge standards (Appendix 3 §44.2) is met.",
  values: ["MET", "UNMET", "UNKNOWN"] as const,
});
const DischargeTrackerStatusEnum = builder.enumType("DischargeTrackerStatus", {
  description:
    "The discharge-step tracker's word for an item or a step (@cetr/domain dischargeTracker): " +
    "LATE when an open item is past its agreed or policy date in England, CANNOT_START_YET " +
    "when it waits for other items (waitingFor), NOT_NEEDED when staff marked it not applicable.",
  values: ["DONE", "IN_PROGRESS", "NOT_STARTED", "LATE", "CANNOT_START_YET", "NOT_NEEDED"] as const,
});
const DischargeStepStatusEnum = builder.enumType("DischargeStepStatus", {
  description:
    "One word for a step on a tracker: LATE when an item is past a date the policy fixes " +
    "(@cetr/domain dischargeProgress), DONE when every applicable item is done.",
  values: ["NOT_STARTED", "IN_PROGRESS", "LATE", "DONE"] as const,
});
const ByWhenKindEnum = builder.enumType("DischargeByWhenKind", {
  description: 'What an Appendix 3 item\'s "by when" is tied to (@cetr/domain ByWhenKind).',
  values: [
    "BEFORE_ADMISSION",
    "ON_ADMISSION",
    "WEEKS_AFTER_ADMISSION",
    "WEEKS_AFTER_DISCHARGE",
    "BEFORE_DISCHARGE_AND_THROUGHOUT",
    "AS_EARLY_AS_POSSIBLE",
    "AT_LAST_MDT_BEFORE_DISCHARGE",
    "ALONGSIDE_STEP_4",
    "TO_BE_AGREED",
  ] as const,
});

/**
 * An item row with its plan (dates tied to admission and discharge) and
 * whether the viewer may see the family's view of it (FAMILY_VIEW: staff
 * and the family yes; a partner with `discharge:read` no).
 */
type ItemView = {
  item: DischargePlanItem;
  plan: PlanRow;
  familyVisible: boolean;
  tracker: TrackerItem;
  /** Names the record holds for the policy's helper roles (the plan's person). */
  recorded: RecordedHelpers;
};
type StepView = { step: StepRow; plan: PlanRow; items: ItemView[] };

/** The plans themselves, for a batch (their dates anchor the items' policy dates). */
async function plansById(ctx: Context, planIds: readonly string[]) {
  const plans = await ctx.db.prisma.dischargePlan.findMany({
    where: { id: { in: [...planIds] } },
    include: PLAN_INCLUDE,
  });
  return new Map(plans.map((p) => [p.id, p]));
}

/** One FAMILY_VIEW decision per plan (cached per person, audited once per plan). */
async function familyVisibility(ctx: Context, plans: Map<string, PlanRow>) {
  const entries = await Promise.all(
    [...plans.values()].map(
      async (plan) =>
        [
          plan.id,
          await ctx.access.canRead("FAMILY_VIEW", {
            personId: plan.personId,
            type: "DischargePlan",
            id: plan.id,
          }),
        ] as const,
    ),
  );
  return new Map(entries);
}

/** Each plan's tracker (an item's status depends on the other items of its plan). */
function trackersOf(items: DischargePlanItem[], plans: Map<string, PlanRow>, today: CalendarDate) {
  return new Map(
    [...plans.values()].map((plan) => [
      plan.id,
      dischargeTracker(
        items
          .filter((i) => i.planId === plan.id)
          .map((i) => ({
            itemId: i.itemId,
            staffStatus: i.staffStatus,
            dueOn: itemDueOn(i, plan),
          })),
        today,
      ),
    ]),
  );
}

const NOT_STARTED: TrackerItem = { status: "NOT_STARTED", waitingFor: [] };

const HELPER_KINDS = Object.keys(HELPER_ROLE_OF_RELATIONSHIP) as HelperRelationshipKind[];

/**
 * Each plan's named helpers: its facilitator, and its person's care
 * coordinator, social worker and responsible clinician as recorded today in
 * England (@cetr/domain recordedHelpers). Read by whoever may read the plan,
 * as the facilitator already is: these are the professionals named on a
 * discharge plan (standards 1–3 and 9).
 */
async function helpersByPlan(ctx: Context, plans: Map<string, PlanRow>) {
  const list = [...plans.values()];
  const today = new Date(`${londonCalendarDate(ctx.now)}T00:00:00Z`);
  const [facilitators, relationships] = await Promise.all([
    ctx.db.prisma.user.findMany({
      where: { id: { in: list.flatMap((p) => (p.facilitatorId ? [p.facilitatorId] : [])) } },
      select: { id: true, displayName: true },
    }),
    ctx.db.prisma.relationship.findMany({
      where: {
        personId: { in: [...new Set(list.map((p) => p.personId))] },
        kind: { in: HELPER_KINDS },
        startedOn: { lte: today },
        OR: [{ endedOn: null }, { endedOn: { gt: today } }],
      },
      select: { personId: true, kind: true, user: { select: { displayName: true } } },
      orderBy: [{ startedOn: "asc" }, { id: "asc" }],
    }),
  ]);
  const nameOf = new Map(facilitators.map((u) => [u.id, u.displayName]));
  return new Map(
    list.map((plan) => [
      plan.id,
      recordedHelpers(
        plan.facilitatorId ? (nameOf.get(plan.facilitatorId) ?? null) : null,
        relationships
          .filter((r) => r.personId === plan.personId)
          .map((r) => ({ kind: r.kind, name: r.user.displayName })),
      ),
    ]),
  );
}

function viewsOf(
  items: DischargePlanItem[],
  plans: Map<string, PlanRow>,
  visible: Map<string, boolean>,
  trackers: Map<string, Map<string, TrackerItem>>,
  helpers: Map<string, RecordedHelpers>,
): ItemView[] {
  return items.flatMap((item) => {
    const plan = plans.get(item.planId);
    const tracker = trackers.get(item.planId)?.get(item.itemId) ?? NOT_STARTED;
    const recorded = helpers.get(item.planId) ?? {};
    return plan
      ? [{ item, plan, familyVisible: visible.get(plan.id) === true, tracker, recorded }]
      : [];
  });
}

async function loadItemViews(ctx: Context, planIds: readonly string[]): Promise<ItemView[]> {
  const [plans, items] = await Promise.all([plansById(ctx, planIds), loadItems(ctx, planIds)]);
  const trackers = trackersOf(items, plans, londonCalendarDate(ctx.now));
  const [visible, helpers] = await Promise.all([
    familyVisibility(ctx, plans),
    helpersByPlan(ctx, plans),
  ]);
  return viewsOf(items, plans, visible, trackers, helpers);
}

async function loadStepViews(ctx: Context, planIds: readonly string[]): Promise<StepView[]> {
  const [plans, steps] = await Promise.all([plansById(ctx, planIds), loadSteps(ctx, planIds)]);
  const [visible, helpers] = await Promise.all([
    familyVisibility(ctx, plans),
    helpersByPlan(ctx, plans),
  ]);
  const trackers = trackersOf(
    steps.flatMap((s) => s.items),
    plans,
    londonCalendarDate(ctx.now),
  );
  return steps.flatMap((step) => {
    const plan = plans.get(step.planId);
    return plan
      ? [{ step, plan, items: viewsOf(step.items, plans, visible, trackers, helpers) }]
      : [];
  });
}

const policyItem = (itemId: string) => {
  const item = ITEM_BY_ID.get(itemId);
  if (!item) throw new Error(`Unknown Appendix 3 item ${itemId}`);
  return item;
};

const DischargeHelperRoleEnum = builder.enumType("DischargeHelperRole", {
  description:
    'One role for each of the policy\'s "who will help me" phrasings (@cetr/domain HELPER_ROLE_OF).',
  values: HELPER_ROLES,
});

const DischargeHelperRef = builder
  .objectRef<{ role: (typeof HELPER_ROLES)[number]; names: string[] }>("DischargeHelper")
  .implement({
    authScopes: { viaParent: true },
    description:
      "Who will help with an item: a role, and the people the record names for it (the plan's " +
      "facilitator; the person's care coordinator, social worker, responsible clinician).",
    fields: (t) => ({
      role: t.field({ type: DischargeHelperRoleEnum, resolve: (h) => h.role }),
      names: t.exposeStringList("names", {
        description: "Empty when nobody is recorded for the role: say the role.",
      }),
    }),
  });

const DischargeItemRef = builder.objectRef<ItemView>("DischargeItem").implement({
  authScopes: { viaParent: true },
  description:
    "One Appendix 3 item of a plan: the staff view (DISCHARGE) and, separately, how the young " +
    "person and family see it (FAMILY_VIEW; Leaving Hospital Planner).",
  fields: (t) => ({
    itemId: t.string({ description: '"1.1" to "7.6".', resolve: ({ item }) => item.itemId }),
    stepNumber: t.int({ resolve: ({ item }) => item.stepNumber }),
    text: t.string({
      description:
        "The policy's words for the item, written in the young person's own voice " +
        "(@cetr/domain DISCHARGE_STEPS; Appendix 3). Staff and family read the same words.",
      resolve: ({ item }) => policyItem(item.itemId).text,
    }),
    byWhenText: t.string({
      description: 'The policy\'s "by when", in its own words.',
      resolve: ({ item }) => policyItem(item.itemId).byWhen.text,
    }),
    byWhenKind: t.field({
      type: ByWhenKindEnum,
      resolve: ({ item }) => policyItem(item.itemId).byWhen.kind,
    }),
    policyWhoWillHelp: t.stringList({
      description: 'Who the policy says will help (Appendix 3 "who will help me").',
      resolve: ({ item }) => policyItem(item.itemId).whoWillHelp,
    }),
    helpers: t.field({
      type: [DischargeHelperRef],
      description:
        "policyWhoWillHelp as roles, each once, with names from the record where staff have " +
        "added them (@cetr/domain dischargeHelpers).",
      resolve: ({ item, recorded }) =>
        dischargeHelpers(policyItem(item.itemId).whoWillHelp, recorded),
    }),
    staffStatus: t.field({
      type: DischargeItemStatusEnum,
      resolve: ({ item }) => item.staffStatus,
    }),
    familyStatus: t.field({
      type: DischargeItemStatusEnum,
      nullable: true,
      description:
        "How the young person or family see it; null until they say, or if you may not see " +
        "the family's view (FAMILY_VIEW).",
      resolve: ({ item, familyVisible }) => (familyVisible ? item.familyStatus : null),
    }),
    familyNote: t.string({
      nullable: true,
      description: "In their own words (FAMILY_VIEW, as familyStatus).",
      resolve: ({ item, familyVisible }) => (familyVisible ? item.familyNote : null),
    }),
    differs: t.boolean({
      nullable: true,
      description:
        "True when the family have given their view and it is not the staff status: a " +
        "conversation to have (standard 4: involved in my discharge planning). Null if you " +
        "may not see the family's view.",
      resolve: ({ item, familyVisible }) =>
        familyVisible ? item.familyStatus !== null && item.familyStatus !== item.staffStatus : null,
    }),
    dueOn: t.field({
      type: "Date",
      nullable: true,
      description: "The date agreed for this person, where the policy leaves it open.",
      resolve: ({ item }) => item.dueOn,
    }),
    effectiveDueOn: t.field({
      type: "Date",
      nullable: true,
      description:
        "The agreed date, else the date the policy fixes from the admission or planned " +
        "discharge (@cetr/domain dischargeItemDueDate); null when neither is known.",
      resolve: ({ item, plan }) => itemDueOn(item, plan),
    }),
    trackerStatus: t.field({
      type: DischargeTrackerStatusEnum,
      description:
        "Where the item stands on the discharge-step tracker, from the staff status, its " +
        "date (effectiveDueOn, today in England) and the items it waits for.",
      resolve: ({ tracker }) => tracker.status,
    }),
    waitingFor: t.stringList({
      description:
        'Item ids ("6.1") that must be done first, when trackerStatus is CANNOT_START_YET ' +
        "(@cetr/domain DISCHARGE_PREREQUISITES); otherwise empty.",
      resolve: ({ tracker }) => tracker.waitingFor,
    }),
    updatedAt: t.field({ type: "DateTime", resolve: ({ item }) => item.updatedAt }),
  }),
});

const DischargeStepRef = builder.objectRef<StepView>("DischargeStep").implement({
  authScopes: { viaParent: true },
  description: "One of the seven Appendix 3 steps, with this person's notes and its items.",
  fields: (t) => ({
    number: t.int({ resolve: ({ step }) => step.stepNumber }),
    title: t.string({
      description: "The policy's title for the step (@cetr/domain DISCHARGE_STEPS).",
      resolve: ({ step }) => STEP_BY_NUMBER.get(step.stepNumber)?.title ?? "",
    }),
    whoWillHelp: t.string({
      nullable: true,
      description: "Who will help with this step, for this person.",
      resolve: ({ step }) => step.whoWillHelp,
    }),
    notes: t.string({ nullable: true, resolve: ({ step }) => step.notes }),
    items: t.field({
      type: [DischargeItemRef],
      resolve: ({ items }) => items,
    }),
    trackerStatus: t.field({
      type: DischargeTrackerStatusEnum,
      description:
        "One word for the step from its items' trackerStatus (@cetr/domain trackerStepStatus).",
      resolve: ({ items }) => trackerStepStatus(items.map((i) => i.tracker.status)),
    }),
    nextDueOn: t.field({
      type: "Date",
      nullable: true,
      description: "The earliest agreed or policy date among the step's items not yet done.",
      resolve: ({ items, plan }) =>
        items
          .filter((i) => i.tracker.status !== "DONE" && i.tracker.status !== "NOT_NEEDED")
          .map((i) => itemDueOn(i.item, plan))
          .filter((date): date is CalendarDate => date !== null)
          .sort()[0] ?? null,
    }),
  }),
});

const DischargeStandardRef = builder.objectRef<StandardRow>("DischargeStandard").implement({
  authScopes: { viaParent: true },
  description: "One of the ten discharge standards (Appendix 3 §44.2) and the evidence for it.",
  fields: (t) => ({
    number: t.int({ resolve: (s) => s.standardNumber }),
    title: t.string({
      description: "The standard, in the policy's words (@cetr/domain DISCHARGE_STANDARDS).",
      resolve: (s) => STANDARD_BY_NUMBER.get(s.standardNumber)?.standard ?? "",
    }),
    measuredBy: t.string({
      description: "How the policy says it is measured.",
      resolve: (s) => STANDARD_BY_NUMBER.get(s.standardNumber)?.measuredBy ?? "",
    }),
    status: t.field({ type: DischargeStandardStatusEnum, resolve: (s) => s.status }),
    evidence: t.string({ nullable: true, resolve: (s) => s.evidence }),
  }),
});

const DischargeStepProgressRef = builder
  .objectRef<StepProgressView>("DischargeStepProgress")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      number: t.exposeInt("number"),
      title: t.exposeString("title"),
      status: t.field({ type: DischargeStepStatusEnum, resolve: (s) => s.status }),
      done: t.exposeInt("done"),
      applicable: t.exposeInt("applicable", {
        description: "Items not marked NOT_APPLICABLE.",
      }),
      percent: t.exposeInt("percent"),
      overdueItems: t.exposeStringList("overdueItems", {
        description: "Item ids past a date the policy fixes and not done, as of today in England.",
      }),
      nextDueOn: t.field({
        type: "Date",
        nullable: true,
        description: "The earliest date among the step's open items (agreed or policy dates).",
        resolve: (s) => s.nextDueOn,
      }),
    }),
  });

const DischargeProgressRef = builder.objectRef<PlanProgress>("DischargeProgress").implement({
  authScopes: { viaParent: true },
  description:
    "Progress on the staff statuses, from @cetr/domain dischargeProgress (Leaving Hospital " +
    "Planner and the console tracker).",
  fields: (t) => ({
    done: t.exposeInt("done"),
    applicable: t.exposeInt("applicable"),
    percent: t.exposeInt("percent"),
    overdueItems: t.exposeStringList("overdueItems"),
    nextDueOn: t.field({ type: "Date", nullable: true, resolve: (p) => p.nextDueOn }),
    steps: t.field({ type: [DischargeStepProgressRef], resolve: (p) => p.steps }),
  }),
});

export const DischargePlanRef = builder.node(builder.objectRef<PlanRow>("DischargePlan"), {
  description:
    "A discharge plan for one hospital stay (Appendix 3, §16): seven steps of items, and ten " +
    "standards. Readable by the person, their family and staff on the caseload.",
  ...DischargePlanGuard.nodeOptions,
  fields: (t) => ({
    facilitator: t.loadable({
      type: UserRef,
      nullable: true,
      description: "The named hospital discharge facilitator (standard 1).",
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (plan) => plan.facilitatorId,
    }),
    admissionOn: t.field({
      type: "Date",
      nullable: true,
      description: "The date of the admission this plan is for, when linked to one.",
      resolve: (plan) => plan.admissionEvent?.occurredOn ?? null,
    }),
    plannedDischargeOn: t.expose("plannedDischargeOn", { type: "Date", nullable: true }),
    steps: t.loadableGroup({
      type: DischargeStepRef,
      description: "The seven steps, in order, each with its items.",
      load: (planIds: string[], ctx) => loadStepViews(ctx, planIds),
      group: (view) => view.step.planId,
      resolve: (plan) => plan.id,
    }),
    items: t.loadableGroup({
      type: DischargeItemRef,
      description: "Every item, in policy order (1.1 to 7.6).",
      load: (planIds: string[], ctx) => loadItemViews(ctx, planIds),
      group: (view) => view.item.planId,
      resolve: (plan) => plan.id,
    }),
    standards: t.loadableGroup({
      type: DischargeStandardRef,
      load: (planIds: string[], ctx) => loadStandards(ctx, planIds),
      group: (standard) => standard.planId,
      resolve: (plan) => plan.id,
    }),
    progress: t.loadable({
      type: DischargeProgressRef,
      description: "Computed by @cetr/domain from the staff statuses, as of today in England.",
      load: async (planIds: string[], ctx) => {
        const [byId, items] = await Promise.all([plansById(ctx, planIds), loadItems(ctx, planIds)]);
        return planIds.map((id) => {
          const plan = byId.get(id);
          return plan
            ? planProgress(
                plan,
                items.filter((i) => i.planId === id),
                ctx.now,
              )
            : new Error("Not found");
        });
      },
      resolve: (plan) => plan.id,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** Person.dischargePlans: newest first, each through the guard. */
builder.objectField(PersonRef, "dischargePlans", (t) =>
  t.loadableGroup({
    type: DischargePlanRef,
    description: "Discharge plans for this person that you may see, newest first.",
    load: async (personIds: string[], ctx) =>
      DischargePlanGuard.readable(
        ctx,
        await ctx.db.prisma.dischargePlan.findMany({
          where: { personId: { in: personIds } },
          include: PLAN_INCLUDE,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        }),
      ),
    group: (plan) => plan.personId,
    resolve: (person) => person.id,
  }),
);
