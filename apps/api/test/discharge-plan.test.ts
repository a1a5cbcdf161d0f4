import { addDays, type CalendarDate, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

/** Discharge plans (Appendix 3): create, staff and family updates, progress, access. */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const rawId = (id: string) => Buffer.from(id, "base64").toString().split(":")[1] ?? "";
const today = londonCalendarDate(new Date());
const daysFromToday = (n: number): CalendarDate => addDays(today, n);
let admissionId: string;

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const admission = await api.db.prisma.settingEvent.create({
    data: {
      personId: world.pat.id,
      kind: "ADMISSION",
      occurredOn: new Date(`${daysFromToday(-60)}T00:00:00Z`),
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
      restricted: false,
    },
  });
  admissionId = admission.id;
});
afterAll(() => api.close());

type Errors = { field: string; code: string; message: string }[];
type Plan = {
  id: string;
  plannedDischargeOn: string | null;
  admissionOn: string | null;
  facilitator: { displayName: string } | null;
  steps: {
    number: number;
    title: string;
    whoWillHelp: string | null;
    notes: string | null;
    items: { itemId: string }[];
  }[];
  items: {
    itemId: string;
    text: string;
    staffStatus: string;
    familyStatus: string | null;
    familyNote: string | null;
    differs: boolean;
    dueOn: string | null;
    effectiveDueOn: string | null;
  }[];
  standards: { number: number; title: string; status: string; evidence: string | null }[];
  progress: {
    done: number;
    applicable: number;
    percent: number;
    overdueItems: string[];
    nextDueOn: string | null;
    steps: {
      number: number;
      status: string;
      done: number;
      applicable: number;
      percent: number;
      overdueItems: string[];
    }[];
  };
};

const PLAN_FIELDS = `
  id plannedDischargeOn admissionOn facilitator { displayName }
  steps { number title whoWillHelp notes items { itemId } }
  items { itemId text staffStatus familyStatus familyNote differs dueOn effectiveDueOn }
  standards { number title status evidence }
  progress { done applicable percent overdueItems nextDueOn
    steps { number status done applicable percent overdueItems } }`;

const CREATE = `mutation($input: CreateDischargePlanInput!) {
  createDischargePlan(input: $input) { dischargePlan { ${PLAN_FIELDS} } errors { field code message } } }`;
const UPDATE_ITEM = `mutation($input: UpdateDischargeItemInput!) {
  updateDischargeItem(input: $input) { dischargePlan { ${PLAN_FIELDS} } errors { field code message } } }`;
const FAMILY_VIEW = `mutation($input: RecordFamilyViewInput!) {
  recordFamilyView(input: $input) { dischargePlan { ${PLAN_FIELDS} } errors { field code message } } }`;
const UPDATE_STEP = `mutation($input: UpdateDischargeStepInput!) {
  updateDischargeStep(input: $input) { dischargePlan { ${PLAN_FIELDS} } errors { field code message } } }`;
const UPDATE_STANDARD = `mutation($input: UpdateDischargeStandardInput!) {
  updateDischargeStandard(input: $input) { dischargePlan { ${PLAN_FIELDS} } errors { field code message } } }`;
const PERSON_PLANS = `query($id: ID!) { person(id: $id) { dischargePlans { ${PLAN_FIELDS} } } }`;

type Payload<K extends string> = { [k in K]: { dischargePlan: Plan | null; errors: Errors } };

async function createPlan(as = tokens.coordinator, extra: Record<string, unknown> = {}) {
  const { body } = await api.gql<Payload<"createDischargePlan">>(
    CREATE,
    { input: { personId: globalId("Person", world.pat.id), ...extra } },
    { as },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.createDischargePlan;
}

let planId: string;

describe("createDischargePlan", () => {
  it("creates every Appendix 3 step, item and standard, linked to the admission", async () => {
    const result = await createPlan(tokens.coordinator, {
      admissionEventId: globalId("SettingEvent", admissionId),
      facilitatorId: globalId("User", world.users.commissioner.id),
      plannedDischargeOn: daysFromToday(30),
    });
    expect(result?.errors).toEqual([]);
    const plan = result?.dischargePlan;
    if (!plan) throw new Error("no plan");
    planId = plan.id;
    expect(rawId(plan.id)).toMatch(/^[0-9a-f-]{36}$/);
    expect(plan.admissionOn).toBe(daysFromToday(-60));
    expect(plan.plannedDischargeOn).toBe(daysFromToday(30));
    expect(plan.facilitator?.displayName).toBe("commissioner");
    expect(plan.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.steps[0]?.title).toBe(
      "Getting the basics right from the start for me and my family",
    );
    expect(plan.steps[0]?.items.map((i) => i.itemId)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "1.7",
    ]);
    expect(plan.items).toHaveLength(35);
    expect(plan.items[0]).toMatchObject({
      itemId: "1.1",
      staffStatus: "NOT_STARTED",
      familyStatus: null,
      differs: false,
    });
    expect(plan.items.find((i) => i.itemId === "1.4")?.effectiveDueOn).toBe(daysFromToday(-32));
    expect(plan.standards.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.standards[0]?.status).toBe("UNKNOWN");
    expect(plan.standards[0]?.title).toMatch(/named discharge facilitator/);
    // Admission 60 days ago: items due on admission and the 4-week treatment plan are late.
    expect(plan.progress.steps[0]).toMatchObject({ number: 1, status: "LATE", done: 0 });
    expect(plan.progress.overdueItems).toContain("1.4");
    expect(plan.progress.percent).toBe(0);
  });

  it("a second plan for the same admission is refused", async () => {
    const result = await createPlan(tokens.coordinator, {
      admissionEventId: globalId("SettingEvent", admissionId),
    });
    expect(result?.dischargePlan).toBeNull();
    expect(result?.errors).toEqual([
      expect.objectContaining({ field: "admissionEventId", code: "ALREADY_EXISTS" }),
    ]);
  });

  it("validation errors are field-addressed", async () => {
    const result = await createPlan(tokens.coordinator, {
      admissionEventId: globalId("SettingEvent", world.quinn.id),
      facilitatorId: globalId("User", "00000000-0000-4000-8000-000000000000"),
      plannedDischargeOn: "2026-02-30",
    });
    expect(result?.dischargePlan).toBeNull();
    expect(result?.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ["admissionEventId", "NOT_FOUND"],
      ["facilitatorId", "NOT_FOUND"],
      ["plannedDischargeOn", "DATE_INVALID"],
    ]);
  });

  it.each([
    ["self", "FORBIDDEN"],
    ["parentWithPr", "FORBIDDEN"],
    ["clinicianB", "NOT_FOUND"],
    ["panelMember", "NOT_FOUND"],
    ["stranger", "NOT_FOUND"],
  ])("%s cannot create a plan (%s)", async (role, code) => {
    const result = await createPlan(tokens[role]);
    expect(result?.dischargePlan).toBeNull();
    expect(result?.errors).toEqual([expect.objectContaining({ field: "personId", code })]);
  });

  it("the family's refusal is audited as DENIED", async () => {
    const denied = await api.db.prisma.auditEvent.findFirst({
      where: {
        outcome: "DENIED",
        operation: "createDischargePlan",
        actorId: world.users.parentWithPr.id,
      },
    });
    expect(denied).not.toBeNull();
  });
});

describe("reading plans", () => {
  it.each([
    ["commissioner", true],
    ["self", true],
    ["parentWithPr", true],
    ["advocateShared", true],
    ["parentWithoutPr", false],
    ["clinicianB", false],
    ["stranger", false],
  ])("%s sees Person.dischargePlans → %s", async (role, sees) => {
    const { body } = await api.gql<{ person: { dischargePlans: Plan[] } | null }>(
      PERSON_PLANS,
      { id: globalId("Person", world.pat.id) },
      { as: tokens[role] },
    );
    expect(body.errors).toBeUndefined();
    if (sees) expect(body.data?.person?.dischargePlans.map((p) => p.id)).toContain(planId);
    else expect(body.data?.person?.dischargePlans ?? []).toEqual([]);
  });

  it("node(id) is null for someone with no access", async () => {
    const { body } = await api.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: planId },
      { as: tokens.clinicianB },
    );
    expect(body.data).toEqual({ node: null });
  });
});

describe("updateDischargeItem (staff)", () => {
  it("staff set an item's status and agreed date; progress follows", async () => {
    const { body } = await api.gql<Payload<"updateDischargeItem">>(
      UPDATE_ITEM,
      { input: { planId, itemId: "2.1", staffStatus: "DONE", dueOn: daysFromToday(10) } },
      { as: tokens.coordinator },
    );
    expect(body.errors).toBeUndefined();
    const plan = body.data?.updateDischargeItem.dischargePlan;
    expect(body.data?.updateDischargeItem.errors).toEqual([]);
    const item = plan?.items.find((i) => i.itemId === "2.1");
    expect(item).toMatchObject({ staffStatus: "DONE", dueOn: daysFromToday(10) });
    const step2 = plan?.progress.steps.find((s) => s.number === 2);
    expect(step2).toMatchObject({ done: 1, applicable: 5, percent: 20, status: "IN_PROGRESS" });
    expect(plan?.progress.done).toBe(1);
  });

  it("NOT_APPLICABLE items leave the count; a step whose items are all done is DONE", async () => {
    for (const [itemId, staffStatus] of [
      ["3.1", "DONE"],
      ["3.2", "NOT_APPLICABLE"],
    ] as const) {
      const { body } = await api.gql<Payload<"updateDischargeItem">>(
        UPDATE_ITEM,
        { input: { planId, itemId, staffStatus } },
        { as: tokens.commissioner },
      );
      expect(body.data?.updateDischargeItem.errors).toEqual([]);
    }
    const { body } = await api.gql<{ node: Plan }>(
      `query($id: ID!) { node(id: $id) { ... on DischargePlan { ${PLAN_FIELDS} } } }`,
      { id: planId },
      { as: tokens.commissioner },
    );
    expect(body.data?.node.progress.steps.find((s) => s.number === 3)).toMatchObject({
      done: 1,
      applicable: 1,
      percent: 100,
      status: "DONE",
    });
  });

  it("validation: an unknown item and a bad date", async () => {
    const { body } = await api.gql<Payload<"updateDischargeItem">>(
      UPDATE_ITEM,
      { input: { planId, itemId: "9.9", staffStatus: "DONE", dueOn: "soon" } },
      { as: tokens.coordinator },
    );
    expect(body.data?.updateDischargeItem.dischargePlan).toBeNull();
    expect(body.data?.updateDischargeItem.errors.map((e) => [e.field, e.code])).toEqual([
      ["itemId", "INVALID_CHOICE"],
      ["dueOn", "DATE_INVALID"],
    ]);
  });

  it.each([
    ["self", "FORBIDDEN"],
    ["parentWithPr", "FORBIDDEN"],
    ["advocateShared", "FORBIDDEN"],
    ["clinicianB", "NOT_FOUND"],
    ["stranger", "NOT_FOUND"],
  ])("%s cannot set the staff status (%s)", async (role, code) => {
    const { body } = await api.gql<Payload<"updateDischargeItem">>(
      UPDATE_ITEM,
      { input: { planId, itemId: "1.1", staffStatus: "DONE" } },
      { as: tokens[role] },
    );
    expect(body.data?.updateDischargeItem.dischargePlan).toBeNull();
    expect(body.data?.updateDischargeItem.errors).toEqual([
      expect.objectContaining({ field: "planId", code }),
    ]);
    const row = await api.db.prisma.dischargePlanItem.findFirstOrThrow({
      where: { planId: rawId(planId), itemId: "1.1" },
    });
    expect(row.staffStatus).toBe("NOT_STARTED");
  });
});

describe("recordFamilyView (the young person and family)", () => {
  it("the family's view is kept apart from staff's, and `differs` says they disagree", async () => {
    const { body } = await api.gql<Payload<"recordFamilyView">>(
      FAMILY_VIEW,
      {
        input: {
          planId,
          itemId: "2.1",
          familyStatus: "IN_PROGRESS",
          familyNote: "  Nobody has asked me what I like yet ",
        },
      },
      { as: tokens.parentWithPr },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordFamilyView.errors).toEqual([]);
    const item = body.data?.recordFamilyView.dischargePlan?.items.find((i) => i.itemId === "2.1");
    expect(item).toMatchObject({
      staffStatus: "DONE",
      familyStatus: "IN_PROGRESS",
      familyNote: "Nobody has asked me what I like yet",
      differs: true,
    });
  });

  it("the young person can agree with staff: `differs` is false", async () => {
    const { body } = await api.gql<Payload<"recordFamilyView">>(
      FAMILY_VIEW,
      { input: { planId, itemId: "3.1", familyStatus: "DONE" } },
      { as: tokens.self },
    );
    const item = body.data?.recordFamilyView.dischargePlan?.items.find((i) => i.itemId === "3.1");
    expect(item).toMatchObject({ staffStatus: "DONE", familyStatus: "DONE", differs: false });
  });

  it("sending staffStatus is a GraphQL validation error: no mass assignment", async () => {
    const { status, body } = await api.gql<Payload<"recordFamilyView">>(
      FAMILY_VIEW,
      { input: { planId, itemId: "1.1", familyStatus: "DONE", staffStatus: "DONE" } },
      { as: tokens.parentWithPr },
    );
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/staffStatus/);
    const row = await api.db.prisma.dischargePlanItem.findFirstOrThrow({
      where: { planId: rawId(planId), itemId: "1.1" },
    });
    expect(row).toMatchObject({ staffStatus: "NOT_STARTED", familyStatus: null });
  });

  it.each([
    ["coordinator", "FORBIDDEN"],
    ["advocateShared", "FORBIDDEN"],
    ["parentWithoutPr", "NOT_FOUND"],
    ["clinicianB", "NOT_FOUND"],
  ])("%s cannot record the family's view (%s)", async (role, code) => {
    const { body } = await api.gql<Payload<"recordFamilyView">>(
      FAMILY_VIEW,
      { input: { planId, itemId: "1.2", familyStatus: "DONE" } },
      { as: tokens[role] },
    );
    expect(body.data?.recordFamilyView.errors).toEqual([
      expect.objectContaining({ field: "planId", code }),
    ]);
  });

  it("validation: unknown item, note too long", async () => {
    const { body } = await api.gql<Payload<"recordFamilyView">>(
      FAMILY_VIEW,
      { input: { planId, itemId: "x", familyStatus: "DONE", familyNote: "a".repeat(5001) } },
      { as: tokens.self },
    );
    expect(body.data?.recordFamilyView.errors.map((e) => [e.field, e.code])).toEqual([
      ["itemId", "INVALID_CHOICE"],
      ["familyNote", "TOO_LONG"],
    ]);
  });
});

describe("updateDischargeStep and updateDischargeStandard (staff)", () => {
  it("records who will help and notes on a step", async () => {
    const { body } = await api.gql<Payload<"updateDischargeStep">>(
      UPDATE_STEP,
      {
        input: {
          planId,
          stepNumber: 4,
          whoWillHelp: "Kim (care coordinator)",
          notes: "Panel on Friday",
        },
      },
      { as: tokens.coordinator },
    );
    expect(body.data?.updateDischargeStep.errors).toEqual([]);
    expect(
      body.data?.updateDischargeStep.dischargePlan?.steps.find((s) => s.number === 4),
    ).toMatchObject({ whoWillHelp: "Kim (care coordinator)", notes: "Panel on Friday" });
  });

  it("omitted fields are kept, null clears", async () => {
    const { body } = await api.gql<Payload<"updateDischargeStep">>(
      UPDATE_STEP,
      { input: { planId, stepNumber: 4, notes: null } },
      { as: tokens.coordinator },
    );
    expect(
      body.data?.updateDischargeStep.dischargePlan?.steps.find((s) => s.number === 4),
    ).toMatchObject({ whoWillHelp: "Kim (care coordinator)", notes: null });
  });

  it("step 8 does not exist", async () => {
    const { body } = await api.gql<Payload<"updateDischargeStep">>(
      UPDATE_STEP,
      { input: { planId, stepNumber: 8, notes: "x" } },
      { as: tokens.coordinator },
    );
    expect(body.data?.updateDischargeStep.errors).toEqual([
      expect.objectContaining({ field: "stepNumber", code: "INVALID_CHOICE" }),
    ]);
  });

  it("the family cannot change a step", async () => {
    const { body } = await api.gql<Payload<"updateDischargeStep">>(
      UPDATE_STEP,
      { input: { planId, stepNumber: 4, notes: "x" } },
      { as: tokens.self },
    );
    expect(body.data?.updateDischargeStep.errors).toEqual([
      expect.objectContaining({ field: "planId", code: "FORBIDDEN" }),
    ]);
  });

  it("records a standard as met with evidence", async () => {
    const { body } = await api.gql<Payload<"updateDischargeStandard">>(
      UPDATE_STANDARD,
      { input: { planId, standardNumber: 1, status: "MET", evidence: "Named on admission form" } },
      { as: tokens.commissioner },
    );
    expect(body.data?.updateDischargeStandard.errors).toEqual([]);
    expect(body.data?.updateDischargeStandard.dischargePlan?.standards[0]).toMatchObject({
      number: 1,
      status: "MET",
      evidence: "Named on admission form",
    });
  });

  it("standard 11 does not exist; others cannot change standards", async () => {
    const bad = await api.gql<Payload<"updateDischargeStandard">>(
      UPDATE_STANDARD,
      { input: { planId, standardNumber: 11, status: "MET" } },
      { as: tokens.commissioner },
    );
    expect(bad.body.data?.updateDischargeStandard.errors).toEqual([
      expect.objectContaining({ field: "standardNumber", code: "INVALID_CHOICE" }),
    ]);
    for (const [role, code] of [
      ["parentWithPr", "FORBIDDEN"],
      ["outsiderStaff", "NOT_FOUND"],
    ] as const) {
      const { body } = await api.gql<Payload<"updateDischargeStandard">>(
        UPDATE_STANDARD,
        { input: { planId, standardNumber: 2, status: "MET" } },
        { as: tokens[role] },
      );
      expect(body.data?.updateDischargeStandard.errors).toEqual([
        expect.objectContaining({ field: "planId", code }),
      ]);
    }
  });
});

describe("no N+1", () => {
  it("more plans cost no more statements", async () => {
    const count = async () => {
      const before = api.db.statementCount;
      const { body } = await api.gql(
        PERSON_PLANS,
        { id: globalId("Person", world.pat.id) },
        {
          as: tokens.coordinator,
        },
      );
      expect(body.errors).toBeUndefined();
      return api.db.statementCount - before;
    };
    const few = await count();
    for (let n = 0; n < 3; n++) await createPlan(tokens.coordinator);
    expect(await count()).toBe(few);
  });
});

describe("partners (discharge:write)", () => {
  const partner = async (scopes: string[]) => {
    const { client, secret } = await createApiClient(api.db, {
      name: `partner ${scopes.join(" ")}`,
      scopes: scopes as never,
      organisationIds: [world.orgA.id],
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
    if (!issued.ok) throw new Error(issued.description);
    return issued.accessToken;
  };

  it("a partner with discharge:write starts a plan and updates items, without people:read", async () => {
    const writer = await partner(["discharge:read", "discharge:write"]);
    const created = await createPlan(writer);
    expect(created?.errors).toEqual([]);
    const id = created?.dischargePlan?.id;
    const { body } = await api.gql<Payload<"updateDischargeItem">>(
      UPDATE_ITEM,
      { input: { planId: id, itemId: "1.1", staffStatus: "IN_PROGRESS" } },
      { as: writer },
    );
    expect(body.data?.updateDischargeItem.errors).toEqual([]);
    // A partner is not the family: it cannot record their view.
    const family = await api.gql<Payload<"recordFamilyView">>(
      FAMILY_VIEW,
      { input: { planId: id, itemId: "1.1", familyStatus: "DONE" } },
      { as: writer },
    );
    expect(family.body.data?.recordFamilyView.errors).toEqual([
      expect.objectContaining({ field: "planId", code: "FORBIDDEN" }),
    ]);
  });

  it("a partner reads the staff view but not the family's (FAMILY_VIEW)", async () => {
    const reader = await partner(["discharge:read"]);
    const { body } = await api.gql<{ node: Plan }>(
      `query($id: ID!) { node(id: $id) { ... on DischargePlan { ${PLAN_FIELDS} } } }`,
      { id: planId },
      { as: reader },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.items.find((i) => i.itemId === "2.1")).toMatchObject({
      staffStatus: "DONE",
      familyStatus: null,
      familyNote: null,
      differs: null,
    });
  });

  it("discharge:read alone cannot write", async () => {
    const reader = await partner(["discharge:read"]);
    const created = await createPlan(reader);
    expect(created?.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "NOT_FOUND" }),
    ]);
  });
});

describe("the discharge-step tracker (trackerStatus, waitingFor, nextDueOn)", () => {
  const TRACKER = `query($id: ID!) { node(id: $id) { ... on DischargePlan {
    items { itemId trackerStatus waitingFor }
    steps { number trackerStatus nextDueOn } } } }`;
  type Tracker = {
    items: { itemId: string; trackerStatus: string; waitingFor: string[] }[];
    steps: { number: number; trackerStatus: string; nextDueOn: string | null }[];
  };
  let trackerPlanId: string;
  const read = async (as: string | undefined) => {
    const { body } = await api.gql<{ node: Tracker | null }>(
      TRACKER,
      { id: trackerPlanId },
      { as },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.node ?? null;
  };

  beforeAll(async () => {
    const admission = await api.db.prisma.settingEvent.create({
      data: {
        personId: world.pat.id,
        kind: "ADMISSION",
        occurredOn: new Date(`${daysFromToday(-60)}T00:00:00Z`),
        route: "CIVIL",
        setting: "LD_MH_NON_SECURE",
        restricted: false,
      },
    });
    const created = await createPlan(tokens.coordinator, {
      admissionEventId: globalId("SettingEvent", admission.id),
      plannedDischargeOn: daysFromToday(30),
    });
    trackerPlanId = created?.dischargePlan?.id ?? "";
  });

  it("says Late for items past their policy date, and what later items wait for", async () => {
    const plan = await read(tokens.self);
    const item = (id: string) => plan?.items.find((i) => i.itemId === id);
    // Four weeks after an admission 60 days ago.
    expect(item("1.4")).toEqual({ itemId: "1.4", trackerStatus: "LATE", waitingFor: [] });
    expect(item("7.1")).toEqual({
      itemId: "7.1",
      trackerStatus: "CANNOT_START_YET",
      waitingFor: ["6.1", "6.2"],
    });
    expect(item("7.3")?.trackerStatus).toBe("NOT_STARTED");
    const step = (n: number) => plan?.steps.find((s) => s.number === n);
    expect(step(1)?.trackerStatus).toBe("LATE");
    // Step 6's only dated item is due on the planned discharge; step 7's a week after it.
    expect(step(6)).toEqual({
      number: 6,
      trackerStatus: "NOT_STARTED",
      nextDueOn: daysFromToday(30),
    });
    expect(step(7)).toEqual({
      number: 7,
      trackerStatus: "NOT_STARTED",
      nextDueOn: daysFromToday(37),
    });
  });

  it("follows the staff record: what an item waited for is done, so it can start", async () => {
    for (const [itemId, staffStatus] of [
      ["6.1", "DONE"],
      ["6.2", "NOT_APPLICABLE"],
    ] as const) {
      const { body } = await api.gql<Payload<"updateDischargeItem">>(
        UPDATE_ITEM,
        { input: { planId: trackerPlanId, itemId, staffStatus } },
        { as: tokens.coordinator },
      );
      expect(body.data?.updateDischargeItem.errors).toEqual([]);
    }
    const plan = await read(tokens.parentWithPr);
    expect(plan?.items.find((i) => i.itemId === "7.1")).toEqual({
      itemId: "7.1",
      trackerStatus: "NOT_STARTED",
      waitingFor: [],
    });
    expect(plan?.steps.find((s) => s.number === 6)?.trackerStatus).toBe("IN_PROGRESS");
  });

  it("is not shown to someone who may not see the plan", async () => {
    expect(await read(tokens.parentWithoutPr)).toBeNull();
    expect(await read(tokens.stranger)).toBeNull();
  });
});

describe("who will help (Appendix 3 'who will help me'; @cetr/domain dischargeHelpers)", () => {
  it("names the facilitator, care coordinator, social worker and responsible clinician from the record; roles otherwise", async () => {
    const relationship = (userId: string, kind: string, endedOn: string | null = null) =>
      api.db.prisma.relationship.create({
        data: {
          personId: world.pat.id,
          userId,
          kind: kind as never,
          startedOn: new Date(`${daysFromToday(-30)}T00:00:00Z`),
          endedOn: endedOn ? new Date(`${endedOn}T00:00:00Z`) : null,
        },
      });
    await relationship(world.users.coordinator.id, "CARE_COORDINATOR");
    await relationship(world.users.clinicianB.id, "RESPONSIBLE_CLINICIAN");
    // A social worker who has moved on is not named.
    await relationship(world.users.outsiderStaff.id, "SOCIAL_WORKER", daysFromToday(-1));
    await createPlan(tokens.coordinator, {
      facilitatorId: globalId("User", world.users.commissioner.id),
    });
    const { body } = await api.gql<{
      person: {
        dischargePlans: {
          items: { itemId: string; helpers: { role: string; names: string[] }[] }[];
        }[];
      };
    }>(
      `query($id: ID!) { person(id: $id) { dischargePlans { items { itemId helpers { role names } } } } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.parentWithPr },
    );
    expect(body.errors).toBeUndefined();
    const helpers = (id: string) =>
      body.data?.person.dischargePlans[0]?.items.find((i) => i.itemId === id)?.helpers;
    expect(helpers("7.1")).toEqual([
      { role: "facilitator", names: ["commissioner"] },
      { role: "careCoordinator", names: ["coordinator"] },
    ]);
    expect(helpers("6.5")?.[0]).toEqual({ role: "doctor", names: ["clinicianB"] });
    expect(helpers("1.7")).toEqual([
      { role: "socialWorker", names: [] },
      { role: "careCoordinator", names: ["coordinator"] },
      { role: "landlord", names: [] },
    ]);
    expect(helpers("1.1")).toEqual([{ role: "socialWorkerOrNurse", names: [] }]);
  });
});
