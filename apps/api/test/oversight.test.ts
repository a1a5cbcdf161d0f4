import { actionData, day } from "@cetr/db/testing";
import { addDays, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, globalId, startWorld, type World } from "./world.js";

/**
 * The oversight figures: a small FICTIONAL history whose counts and shares
 * are worked out by hand below, for Org A (Pat's reviews) and another
 * organisation (Quinn's), and who may not see them.
 */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;

const today = londonCalendarDate(new Date());
const soon = addDays(today, 20);

const QUERY = `query($from: Date!, $to: Date!, $organisationId: ID) {
  oversight(from: $from, to: $to, organisationId: $organisationId) {
    organisation { id name } month
    reviewsHeld reviewsHeldOnTime reviewsHeldLate reviewsOnTimeShare
    reportsSentOnTime reportsSentLate reportsOverdue reportsOnTimeShare
    actionsDue actionsDoneOnTime actionsDoneLate actionsOpenLate actionsNotDone actionsNotYetDue
    actionsOnTimeShare
  } }`;
const RANGE = { from: "2025-03-01", to: soon };

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const p = api.db.prisma;
  const { pat, quinn, orgA, other, users } = world;
  const review = (data: Record<string, unknown>) =>
    p.review.create({
      data: {
        personId: pat.id,
        kind: "INPATIENT",
        status: "REPORT_SENT",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: orgA.id,
        ...data,
      } as never,
    });
  const report = (reviewId: string, sentAt: string | null) =>
    p.report.create({
      data: {
        reviewId,
        authorId: users.commissioner.id,
        body: "A fictional report",
        draftedAt: new Date("2025-03-01T09:00:00Z"),
        sentAt: sentAt ? new Date(sentAt) : null,
      },
    });
  // March 2025: on time; late; no due date (so neither). Report on time; late; never sent.
  const r1 = await review({
    dueOn: day("2025-03-10"),
    heldOn: day("2025-03-05"),
    reportDueOn: day("2025-03-19"),
  });
  await report(r1.id, "2025-03-18T12:00:00Z");
  const r2 = await review({
    dueOn: day("2025-03-01"),
    heldOn: day("2025-03-20"),
    reportDueOn: day("2025-04-03"),
  });
  // 23:30 UTC on 3 April is 00:30 on 4 April in England (BST): a day late.
  await report(r2.id, "2025-04-03T23:30:00Z");
  await review({ status: "HELD", heldOn: day("2025-03-25"), reportDueOn: day("2025-04-08") });
  // April 2025: held on time, report overdue (drafted, not sent).
  const r4 = await review({
    status: "REPORT_DRAFTED",
    dueOn: day("2025-04-30"),
    heldOn: day("2025-04-15"),
    reportDueOn: day("2025-04-29"),
  });
  await report(r4.id, null);
  // Not held: never counted.
  await review({ status: "SCHEDULED", dueOn: day("2025-05-01"), scheduledOn: day("2025-04-28") });
  const ids = { reviewId: r1.id, personId: pat.id, ownerId: users.commissioner.id };
  const action = (data: Record<string, unknown>) =>
    p.action.create({ data: actionData(ids, data as never) });
  // Due in March 2025: done on time, done late, open and late, not done.
  await action({ dueOn: day("2025-03-31"), status: "DONE", completedOn: day("2025-03-30") });
  await action({ dueOn: day("2025-03-31"), status: "DONE", completedOn: day("2025-04-02") });
  await action({ dueOn: day("2025-03-15") });
  await action({ dueOn: day("2025-03-20"), status: "NOT_DONE", notDoneReason: "Moved away" });
  // Due soon: not yet due, left out of the share.
  await action({ dueOn: day(soon) });
  // Another organisation's review of Quinn, in March 2025.
  await p.review.create({
    data: {
      personId: quinn.id,
      kind: "COMMUNITY",
      status: "HELD",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: other.id,
      dueOn: day("2025-03-31"),
      heldOn: day("2025-03-10"),
    },
  });
});
afterAll(() => api.close());

describe("oversight", () => {
  it("counts Org A's reviews, reports and actions by month, with the shares worked out by hand", async () => {
    const { oversight } = await dataAs<Any>(api, QUERY, RANGE, tokens.commissioner);
    const byMonth = new Map(oversight.map((row: Any) => [row.month, row]));
    expect(oversight.every((row: Any) => row.organisation.name === world.orgA.name)).toBe(true);
    expect(byMonth.get("2025-03")).toMatchObject({
      reviewsHeld: 3,
      reviewsHeldOnTime: 1,
      reviewsHeldLate: 1,
      reviewsOnTimeShare: 0.5,
      reportsSentOnTime: 1,
      reportsSentLate: 1,
      reportsOverdue: 1,
      reportsOnTimeShare: 1 / 3,
      actionsDue: 4,
      actionsDoneOnTime: 1,
      actionsDoneLate: 1,
      actionsOpenLate: 1,
      actionsNotDone: 1,
      actionsNotYetDue: 0,
      actionsOnTimeShare: 0.25,
    });
    expect(byMonth.get("2025-04")).toMatchObject({
      reviewsHeld: 1,
      reviewsOnTimeShare: 1,
      reportsOverdue: 1,
      reportsOnTimeShare: 0,
      actionsDue: 0,
      actionsOnTimeShare: null,
    });
    expect(byMonth.get(soon.slice(0, 7))).toMatchObject({
      reviewsHeld: 0,
      reviewsOnTimeShare: null,
      actionsDue: 1,
      actionsNotYetDue: 1,
      actionsOnTimeShare: null,
    });
    expect(byMonth.has("2025-05")).toBe(false);
  });

  it("keeps to the range asked for and to one organisation when asked", async () => {
    const april = await dataAs<Any>(
      api,
      QUERY,
      { from: "2025-04-10", to: "2025-04-12" },
      tokens.commissioner,
    );
    expect(april.oversight.map((row: Any) => row.month)).toEqual(["2025-04"]);
    const notMine = await dataAs<Any>(
      api,
      QUERY,
      { ...RANGE, organisationId: globalId("Organisation", world.other.id) },
      tokens.commissioner,
    );
    expect(notMine.oversight).toEqual([]);
  });

  it("shows another organisation's staff only their own reviews", async () => {
    const { oversight } = await dataAs<Any>(api, QUERY, RANGE, tokens.outsiderStaff);
    expect(oversight).toHaveLength(1);
    expect(oversight[0]).toMatchObject({
      organisation: { name: world.other.name },
      month: "2025-03",
      reviewsHeld: 1,
      reviewsHeldOnTime: 1,
    });
  });

  it("writes one audit event saying who looked at which range", async () => {
    const before = new Date();
    await dataAs<Any>(api, QUERY, RANGE, tokens.coordinator);
    const events = await api.db.prisma.auditEvent.findMany({
      where: {
        operation: "oversight.read",
        actorId: world.users.coordinator.id,
        at: { gte: before },
      },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      personId: null,
      outcome: "ALLOWED",
      actingAs: "STAFF:CARE_COORDINATOR",
      detail: { from: "2025-03-01", to: soon.slice(0, 7), organisationId: null },
    });
  });

  it("refuses families, the person themselves, and anyone not signed in", async () => {
    for (const role of ["self", "parentWithPr", "advocateShared", "stranger"]) {
      const { body } = await api.gql(QUERY, RANGE, { as: tokens[role] });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const { body } = await api.gql(QUERY, RANGE);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a range that runs backwards or is longer than 36 months", async () => {
    for (const range of [
      { from: "2025-05-01", to: "2025-04-01" },
      { from: "2022-01-01", to: "2025-01-31" },
    ]) {
      const { body } = await api.gql(QUERY, range, { as: tokens.commissioner });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
