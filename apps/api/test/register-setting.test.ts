import { day, personData } from "@cetr/db/testing";
import { londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, startWorld, type World } from "./world.js";

/** Setting history and the reviews it makes due (§4, §9–§12). */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;
const call = (query: string, variables: Record<string, unknown>, role: string) =>
  dataAs<Any>(api, query, variables, tokens[role]);
const pairs = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

const RECORD = `mutation($input: RecordSettingEventInput!) {
  recordSettingEvent(input: $input) {
    settingEvent { id kind occurredOn route setting restricted provider { name } notes
      housingInPlace anyPartyDissatisfied }
    errors { field code message } } }`;
const HISTORY = `query($id: ID!) { person(id: $id) {
  settingHistory { kind occurredOn setting provider { name } }
  dueReviews { kind dueOn dueCondition reason section rule triggeredOn overdue daysOverdue }
  settingHistoryProblem { field code message } } }`;

async function personOnCaseload(n: number, name: string) {
  const person = await api.db.prisma.person.create({ data: personData(n, { name }) });
  await api.db.prisma.caseloadAssignment.create({
    data: {
      personId: person.id,
      organisationId: world.orgA.id,
      responsibility: "RESPONSIBLE_COMMISSIONER",
      startedOn: day("2024-01-01"),
    },
  });
  return person;
}

const admission = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId: gid("Person", personId),
  kind: "ADMISSION",
  occurredOn: "2026-11-10",
  route: "CIVIL",
  setting: "LD_MH_NON_SECURE",
  providerId: gid("Organisation", world.orgB.id),
  notes: "Admitted after a crisis at home",
  ...overrides,
});

describe("recordSettingEvent", () => {
  it("refuses people who may not change the setting history", async () => {
    const cases: [string, string][] = [
      ["parentWithPr", "FORBIDDEN"],
      ["self", "FORBIDDEN"],
      ["advocateShared", "FORBIDDEN"],
      ["clinicianB", "NOT_FOUND"],
      ["stranger", "NOT_FOUND"],
    ];
    for (const [role, code] of cases) {
      const data = await call(RECORD, { input: admission(world.pat.id) }, role);
      expect(data.recordSettingEvent).toEqual({
        settingEvent: null,
        errors: [expect.objectContaining({ field: "personId", code })],
      });
    }
    const denied = await api.db.prisma.auditEvent.count({
      where: { personId: world.pat.id, operation: "recordSettingEvent", outcome: "DENIED" },
    });
    expect(denied).toBeGreaterThanOrEqual(5);
    expect(await api.db.prisma.settingEvent.count()).toBe(0);
  });

  it("checks fields by kind", async () => {
    const missing = await call(
      RECORD,
      { input: admission(world.pat.id, { route: null, setting: null, occurredOn: "2026-13-01" }) },
      "coordinator",
    );
    expect(pairs(missing.recordSettingEvent.errors)).toEqual([
      ["occurredOn", "DATE_INVALID"],
      ["route", "REQUIRED"],
      ["setting", "REQUIRED"],
    ]);
    const extra = await call(
      RECORD,
      {
        input: {
          personId: gid("Person", world.pat.id),
          kind: "DISCHARGE",
          occurredOn: "2026-11-01",
          setting: "LOW_SECURE",
          housingInPlace: true,
        },
      },
      "coordinator",
    );
    expect(pairs(extra.recordSettingEvent.errors)).toEqual([
      ["setting", "INVALID_CHOICE"],
      ["housingInPlace", "INVALID_CHOICE"],
    ]);
    const resettlement = await call(
      RECORD,
      {
        input: {
          personId: gid("Person", world.pat.id),
          kind: "RESETTLEMENT_PATHWAY",
          occurredOn: "2026-11-01",
          housingInPlace: true,
        },
      },
      "coordinator",
    );
    expect(pairs(resettlement.recordSettingEvent.errors)).toEqual([
      ["careProviderInPlace", "REQUIRED"],
      ["clearDischargePlan", "REQUIRED"],
      ["dischargeDateIdentified", "REQUIRED"],
      ["anyPartyDissatisfied", "REQUIRED"],
    ]);
    const provider = await call(
      RECORD,
      {
        input: admission(world.pat.id, {
          providerId: gid("Organisation", "00000000-0000-4000-8000-000000000000"),
        }),
      },
      "coordinator",
    );
    expect(pairs(provider.recordSettingEvent.errors)).toEqual([["providerId", "NOT_FOUND"]]);
  });

  it("refuses histories the scheduler cannot follow, field-addressed", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { kind: "DISCHARGE", route: null, setting: null, providerId: null },
        "kind",
        "DISCHARGE_WITHOUT_ADMISSION",
      ],
      [{ kind: "TRANSFER", route: null }, "kind", "TRANSFER_WITHOUT_ADMISSION"],
      [
        { kind: "HIGHER_SECURITY_MOVE_INTENDED", route: null, setting: null, providerId: null },
        "kind",
        "EVENT_REQUIRES_HOSPITAL_STAY",
      ],
      [{ occurredOn: "1990-01-01" }, "occurredOn", "EVENT_BEFORE_BIRTH"],
      [{ occurredOn: "2099-01-01" }, "occurredOn", "EVENT_AFTER_NOW"],
    ];
    for (const [overrides, field, code] of cases) {
      const data = await call(RECORD, { input: admission(world.pat.id, overrides) }, "coordinator");
      expect(data.recordSettingEvent.settingEvent).toBeNull();
      expect(pairs(data.recordSettingEvent.errors)).toEqual([[field, code]]);
      expect(data.recordSettingEvent.errors[0].message).not.toContain('"new"');
    }
  });

  it("records Pat's admission on 2026-11-10, then refuses an overlapping one", async () => {
    const data = await call(RECORD, { input: admission(world.pat.id) }, "coordinator");
    expect(data.recordSettingEvent.errors).toEqual([]);
    expect(data.recordSettingEvent.settingEvent).toMatchObject({
      kind: "ADMISSION",
      occurredOn: "2026-11-10",
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
      restricted: null,
      provider: { name: world.orgB.name },
      notes: "Admitted after a crisis at home",
    });
    const again = await call(
      RECORD,
      { input: admission(world.pat.id, { occurredOn: "2026-11-12" }) },
      "coordinator",
    );
    expect(pairs(again.recordSettingEvent.errors)).toEqual([["occurredOn", "OVERLAPPING_STAYS"]]);
    // Earlier than the open stay, with no discharge: it would overlap too.
    const before = await call(
      RECORD,
      { input: admission(world.pat.id, { occurredOn: "2026-10-01" }) },
      "coordinator",
    );
    expect(pairs(before.recordSettingEvent.errors)).toEqual([["occurredOn", "OVERLAPPING_STAYS"]]);
  });
});

describe("Person.settingHistory and dueReviews", () => {
  it("shows a post-admission review due within 4 weeks of Pat's admission (§11), with its reason", async () => {
    const data = await call(HISTORY, { id: gid("Person", world.pat.id) }, "coordinator");
    expect(data.person.settingHistory).toEqual([
      {
        kind: "ADMISSION",
        occurredOn: "2026-11-10",
        setting: "LD_MH_NON_SECURE",
        provider: { name: world.orgB.name },
      },
    ]);
    // Pat (born 2000-01-05) is an adult: POST_ADMISSION_ADULT, four weeks (national 2017 profile).
    const overdue = londonCalendarDate(new Date()) > "2026-12-08";
    expect(data.person.dueReviews).toEqual([
      {
        kind: "POST_ADMISSION_REVIEW",
        dueOn: "2026-12-08",
        dueCondition: "BY_DATE",
        reason: expect.stringContaining("post-admission CTR"),
        section: "§11",
        rule: "POST_ADMISSION_ADULT",
        triggeredOn: "2026-11-10",
        overdue,
        daysOverdue: expect.any(Number),
      },
    ]);
    expect(data.person.dueReviews[0].reason).toContain("within 4 weeks of 2026-11-10");
    expect(data.person.settingHistoryProblem).toBeNull();
  });

  it.each([
    ["parentWithPr", true],
    ["self", true],
    ["advocateShared", true],
    ["parentWithoutPr", false],
    ["clinicianB", false],
    ["panelMember", false],
  ])("%s reads the setting history → %s", async (role, sees) => {
    const data = await call(HISTORY, { id: gid("Person", world.pat.id) }, role);
    if (!sees) return expect(data.person).toBeNull();
    expect(data.person.settingHistory).toHaveLength(1);
    expect(data.person.dueReviews?.[0]).toMatchObject({ kind: "POST_ADMISSION_REVIEW" });
  });

  it("counts a post-admission review held: the next is the inpatient review (§12)", async () => {
    const robin = await personOnCaseload(980, "Robin");
    const event = await call(
      RECORD,
      { input: admission(robin.id, { occurredOn: "2026-10-01" }) },
      "commissioner",
    );
    expect(event.recordSettingEvent.errors).toEqual([]);
    await api.db.prisma.review.create({
      data: {
        personId: robin.id,
        kind: "POST_ADMISSION",
        status: "HELD",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: world.orgA.id,
        heldOn: day("2026-10-20"),
      },
    });
    const data = await call(HISTORY, { id: gid("Person", robin.id) }, "commissioner");
    expect(data.person.dueReviews).toEqual([
      expect.objectContaining({
        kind: "INPATIENT_REVIEW",
        dueOn: "2027-04-20",
        rule: "INPATIENT_ADULT_NON_SECURE",
        section: "§12",
        triggeredOn: "2026-10-20",
      }),
    ]);
  });

  it("names the problem when stored history is inconsistent, instead of a schedule", async () => {
    const sam = await personOnCaseload(981, "Sam");
    const stored = await api.db.prisma.settingEvent.create({
      data: { personId: sam.id, kind: "DISCHARGE", occurredOn: day("2026-06-01") },
    });
    const data = await call(HISTORY, { id: gid("Person", sam.id) }, "commissioner");
    expect(data.person.dueReviews).toBeNull();
    expect(data.person.settingHistoryProblem).toMatchObject({
      field: `settingHistory.${stored.id}`,
      code: "DISCHARGE_WITHOUT_ADMISSION",
    });
    // An old inconsistency does not block recording something else.
    const next = await call(
      RECORD,
      {
        input: {
          personId: gid("Person", sam.id),
          kind: "COMMUNITY_LIVING",
          occurredOn: "2026-07-01",
        },
      },
      "commissioner",
    );
    expect(next.recordSettingEvent.errors).toEqual([]);
  });

  it("feeds the register's suggested rating: in hospital → BLUE, admission considered → RED", async () => {
    const ADD = `mutation($input: AddToRegisterInput!) { addToRegister(input: $input) {
      entry { rating suggestedRating { suggested reasons } } errors { field code } } }`;
    const add = (personId: string) =>
      call(
        ADD,
        {
          input: {
            personId: gid("Person", personId),
            organisationId: gid("Organisation", world.orgA.id),
            rating: "AMBER",
            consentBasis: "BEST_INTERESTS",
            addedOn: "2026-09-01",
            reason: "Known to the team",
          },
        },
        "commissioner",
      );
    const pat = await add(world.pat.id);
    expect(pat.addToRegister.entry.suggestedRating).toMatchObject({
      suggested: "BLUE",
      reasons: ["In hospital"],
    });
    const tess = await personOnCaseload(982, "Tess");
    const considered = await call(
      RECORD,
      {
        input: {
          personId: gid("Person", tess.id),
          kind: "ADMISSION_CONSIDERED",
          occurredOn: "2026-11-01",
        },
      },
      "commissioner",
    );
    expect(considered.recordSettingEvent.errors).toEqual([]);
    const entry = await add(tess.id);
    expect(entry.addToRegister.entry.suggestedRating).toMatchObject({
      suggested: "RED",
      reasons: ["Hospital admission is being considered as an option"],
    });
    const due = await call(HISTORY, { id: gid("Person", tess.id) }, "commissioner");
    expect(due.person.dueReviews).toEqual([
      expect.objectContaining({
        kind: "COMMUNITY_REVIEW",
        dueOn: null,
        dueCondition: "BEFORE_ADMISSION",
        section: "§10",
      }),
    ]);
  });

  it("loads due reviews for many people in the same number of statements", async () => {
    const q = `query($first: Int) { people(first: $first) { edges { node {
      name settingHistory { kind } dueReviews { kind dueOn } settingHistoryProblem { code } } } } }`;
    const count = async (first: number) => {
      await api.gql(q, { first }, { as: tokens.commissioner });
      const before = api.db.statementCount;
      const { body } = await api.gql<Any>(q, { first }, { as: tokens.commissioner });
      expect(body.errors).toBeUndefined();
      expect(body.data.people.edges).toHaveLength(first);
      return api.db.statementCount - before;
    };
    expect(await count(4)).toBe(await count(1));
  });
});
