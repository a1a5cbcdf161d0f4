import { day, personData } from "@cetr/db/testing";
import { addDays, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, startWorld, type World } from "./world.js";

/**
 * The console dashboard's work lists: reviews the scheduler says are due,
 * reports still to send, and the orderings the lists sort by.
 */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;
const call = (query: string, variables: Record<string, unknown>, role: string) =>
  dataAs<Any>(api, query, variables, tokens[role]);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const today = londonCalendarDate(new Date());
const daysFromToday = (n: number) => day(addDays(today, n));
let sky = { id: "", name: "" };

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const p = api.db.prisma;
  // A second person on Org A's caseload, admitted recently; Pat was admitted 40 days ago.
  const created = await p.person.create({ data: personData(951, { name: "Sky Adams" }) });
  sky = { id: created.id, name: created.name };
  await p.caseloadAssignment.create({
    data: {
      personId: sky.id,
      organisationId: world.orgA.id,
      responsibility: "RESPONSIBLE_COMMISSIONER",
      startedOn: day("2024-01-01"),
    },
  });
  await p.settingEvent.createMany({
    data: [
      {
        personId: world.pat.id,
        kind: "ADMISSION",
        occurredOn: daysFromToday(-40),
        route: "CIVIL",
        setting: "LD_MH_NON_SECURE",
      },
      {
        personId: sky.id,
        kind: "ADMISSION",
        occurredOn: daysFromToday(-3),
        route: "CIVIL",
        setting: "LD_MH_NON_SECURE",
      },
    ],
  });
});
afterAll(() => api.close());

const DUE = `query($first: Int, $after: String, $last: Int, $before: String, $organisationId: ID,
    $overdue: Boolean, $withinDays: Int, $descending: Boolean) {
  dueReviews(first: $first, after: $after, last: $last, before: $before, organisationId: $organisationId,
      overdue: $overdue, withinDays: $withinDays, descending: $descending) {
    totalCount overdueCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { person { id name } due { kind dueOn overdue daysOverdue rule section reason } } }
  } }`;
const PERSON_DUE = `query($id: ID!) { person(id: $id) {
  dueReviews { kind dueOn overdue daysOverdue rule section reason } } }`;

describe("dueReviews", () => {
  it("lists what Person.dueReviews says for each person, soonest first, within the window", async () => {
    const expected: Any[] = [];
    for (const person of [{ id: world.pat.id, name: world.pat.name }, sky]) {
      const { person: p } = await call(
        PERSON_DUE,
        { id: gid("Person", person.id) },
        "commissioner",
      );
      for (const due of p.dueReviews) {
        const inWindow = due.dueOn ? due.overdue || due.dueOn <= addDays(today, 14) : true;
        if (inWindow) expected.push({ name: person.name, due });
      }
    }
    // The scheduler gives both admissions something due (the post-admission review, §11).
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const { dueReviews } = await call(DUE, { withinDays: 14 }, "commissioner");
    const got = dueReviews.edges.map((e: Any) => ({ name: e.node.person.name, due: e.node.due }));
    expect(got).toHaveLength(expected.length);
    expect(new Set(got.map((g: Any) => JSON.stringify(g)))).toEqual(
      new Set(expected.map((g) => JSON.stringify(g))),
    );
    expect(dueReviews.totalCount).toBe(expected.length);
    expect(dueReviews.overdueCount).toBe(expected.filter((e) => e.due.overdue).length);
    const dates = got.map((g: Any) => g.due.dueOn ?? "9999-12-31");
    expect(dates).toEqual([...dates].sort());
    for (const g of got) expect(g.due.section).toMatch(/^§/);
  });

  it("filters by overdue and organisation, and pages both ways in either order", async () => {
    const all = (await call(DUE, {}, "commissioner")).dueReviews;
    const overdue = (await call(DUE, { overdue: true }, "commissioner")).dueReviews;
    expect(overdue.edges.every((e: Any) => e.node.due.overdue)).toBe(true);
    expect(overdue.totalCount).toBe(all.overdueCount);
    const other = await call(
      DUE,
      { organisationId: gid("Organisation", world.orgB.id) },
      "commissioner",
    );
    expect(other.dueReviews.totalCount).toBe(0);

    const keys = (c: Any) => c.edges.map((e: Any) => `${e.node.person.id}:${e.node.due.kind}`);
    const first = (await call(DUE, { first: 1 }, "commissioner")).dueReviews;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await call(DUE, { first: 1, after: first.pageInfo.endCursor }, "commissioner"))
      .dueReviews;
    expect(keys(second)).toEqual([keys(all)[1]]);
    const back = (await call(DUE, { last: 1, before: second.pageInfo.startCursor }, "commissioner"))
      .dueReviews;
    expect(keys(back)).toEqual(keys(first));

    const desc = (await call(DUE, { descending: true }, "commissioner")).dueReviews;
    expect(keys(desc)).toEqual([...keys(all)].reverse());
    const descSecond = (
      await call(DUE, { descending: true, first: 1, after: desc.edges[0].cursor }, "commissioner")
    ).dueReviews;
    expect(descSecond.totalCount).toBe(all.totalCount);
    expect(keys(descSecond)).toEqual([keys(desc)[1]]);
  });

  it("shows staff of other organisations and strangers nothing, and refuses a bad window", async () => {
    expect((await call(DUE, {}, "outsiderStaff")).dueReviews.totalCount).toBe(0);
    expect((await call(DUE, {}, "stranger")).dueReviews.totalCount).toBe(0);
    const { body } = await api.gql(DUE, { withinDays: 400 }, { as: tokens.commissioner });
    expect(body.errors?.[0]?.message).toMatch(/withinDays/);
  });
});

const REPORTS = `query($first: Int, $after: String, $last: Int, $before: String, $organisationId: ID,
    $overdue: Boolean, $descending: Boolean) {
  reportsDue(first: $first, after: $after, last: $last, before: $before, organisationId: $organisationId,
      overdue: $overdue, descending: $descending) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id status heldOn reportDueOn person { name } } }
  } }`;

describe("reportsDue", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const p = api.db.prisma;
    const review = (status: "HELD" | "REPORT_DRAFTED" | "REPORT_SENT", reportIn: number) =>
      p.review.create({
        data: {
          personId: world.pat.id,
          kind: "INPATIENT",
          status,
          enquirySetting: "INPATIENT",
          commissioningOrganisationId: world.orgA.id,
          heldOn: daysFromToday(reportIn - 14),
          reportDueOn: daysFromToday(reportIn),
        },
      });
    ids.late = (await review("HELD", -2)).id;
    ids.soon = (await review("REPORT_DRAFTED", 5)).id;
    ids.later = (await review("HELD", 10)).id;
    ids.sent = (await review("REPORT_SENT", -20)).id;
  });
  const order = (c: Any) => c.edges.map((e: Any) => e.node.id);

  it("lists held reviews whose report is not sent, due soonest first, with late ones filterable", async () => {
    const { reportsDue } = await call(REPORTS, {}, "commissioner");
    expect(reportsDue.totalCount).toBe(3);
    expect(order(reportsDue)).toEqual([
      gid("Review", ids.late ?? ""),
      gid("Review", ids.soon ?? ""),
      gid("Review", ids.later ?? ""),
    ]);
    const late = (await call(REPORTS, { overdue: true }, "commissioner")).reportsDue;
    expect(order(late)).toEqual([gid("Review", ids.late ?? "")]);
    expect(late.totalCount).toBe(1);
    expect((await call(REPORTS, { overdue: false }, "commissioner")).reportsDue.totalCount).toBe(2);
    const other = await call(
      REPORTS,
      { organisationId: gid("Organisation", world.orgB.id) },
      "commissioner",
    );
    expect(other.reportsDue.totalCount).toBe(0);
  });

  it("sorts latest first and pages forwards and backwards", async () => {
    const all = order((await call(REPORTS, {}, "commissioner")).reportsDue);
    const desc = (await call(REPORTS, { descending: true }, "commissioner")).reportsDue;
    expect(order(desc)).toEqual([...all].reverse());
    const p1 = (await call(REPORTS, { descending: true, first: 2 }, "commissioner")).reportsDue;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (
      await call(
        REPORTS,
        { descending: true, first: 2, after: p1.pageInfo.endCursor },
        "commissioner",
      )
    ).reportsDue;
    expect(order(p2)).toEqual([all[0]]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    const back = (
      await call(
        REPORTS,
        { descending: true, last: 2, before: p2.pageInfo.startCursor },
        "commissioner",
      )
    ).reportsDue;
    expect(order(back)).toEqual(order(p1));
  });

  it("shows nothing to staff elsewhere or to family", async () => {
    expect((await call(REPORTS, {}, "outsiderStaff")).reportsDue.totalCount).toBe(0);
    expect((await call(REPORTS, {}, "stranger")).reportsDue.totalCount).toBe(0);
  });
});

describe("latest-first orderings", () => {
  const ACTIONS = `query($first: Int, $after: String, $descending: Boolean) {
    actions(first: $first, after: $after, descending: $descending) {
      pageInfo { hasNextPage endCursor } edges { node { what dueOn } } } }`;
  const REGISTER = `query($descending: Boolean) { registerEntries(descending: $descending) {
      edges { node { rating person { name } } } } }`;

  beforeAll(async () => {
    const p = api.db.prisma;
    const review = await p.review.findFirstOrThrow({ where: { personId: world.pat.id } });
    for (const [what, due] of [
      ["Book the housing visit", -3],
      ["Agree the crisis plan", 4],
      ["Find a day service", 9],
    ] as const) {
      await p.action.create({
        data: {
          reviewId: review.id,
          personId: world.pat.id,
          what,
          howWeWillKnow: "It is in the care plan",
          ownerId: world.users.commissioner.id,
          dueOn: daysFromToday(due),
        },
      });
    }
    for (const [personId, rating] of [
      [world.pat.id, "AMBER"],
      [sky.id, "RED"],
    ] as const) {
      await p.registerEntry.create({
        data: {
          personId,
          organisationId: world.orgA.id,
          rating,
          consentBasis: "PERSON_WITH_CAPACITY",
          addedOn: day("2026-01-01"),
          minimumDataset: {},
        },
      });
    }
  });

  it("actions: latest due first, paged", async () => {
    const asc = (await call(ACTIONS, {}, "commissioner")).actions.edges.map(
      (e: Any) => e.node.what,
    );
    expect(asc).toEqual(["Book the housing visit", "Agree the crisis plan", "Find a day service"]);
    const p1 = (await call(ACTIONS, { descending: true, first: 2 }, "commissioner")).actions;
    const p2 = (
      await call(
        ACTIONS,
        { descending: true, first: 2, after: p1.pageInfo.endCursor },
        "commissioner",
      )
    ).actions;
    expect([...p1.edges, ...p2.edges].map((e: Any) => e.node.what)).toEqual([...asc].reverse());
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it("register: least severe first", async () => {
    const ratings = async (descending: boolean) =>
      (await call(REGISTER, { descending }, "commissioner")).registerEntries.edges.map(
        (e: Any) => e.node.rating,
      );
    expect(await ratings(false)).toEqual(["RED", "AMBER"]);
    expect(await ratings(true)).toEqual(["AMBER", "RED"]);
  });
});
