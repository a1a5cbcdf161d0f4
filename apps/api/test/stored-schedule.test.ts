import { day, personData } from "@cetr/db/testing";
import { addDays, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, globalId, startWorld, type World } from "./world.js";

/**
 * The stored schedule behind the "reviews due" list (ADR 0030): database
 * triggers mark a person's schedule stale whenever what the scheduler reads
 * changes — however it is written — and the list brings it up to date before
 * it pages, so it never shows yesterday's answer.
 */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
let riley = "";

const today = londonCalendarDate(new Date());
const daysFromToday = (n: number) => day(addDays(today, n));

const DUE = `{ dueReviews(first: 100, withinDays: 60) { totalCount
  edges { node { person { name } due { kind dueOn rule } } } } }`;

type Due = { totalCount: number; edges: { node: { person: { name: string }; due: Item } }[] };
type Item = { kind: string; dueOn: string | null; rule: string };

async function rileysItems(): Promise<Item[]> {
  const { dueReviews } = await dataAs<{ dueReviews: Due }>(api, DUE, {}, tokens.commissioner);
  return dueReviews.edges
    .filter((e) => e.node.person.name === "Riley Stone")
    .map((e) => e.node.due);
}

const versions = async () => {
  const row = await api.db.prisma.person.findUniqueOrThrow({ where: { id: riley } });
  return { version: row.scheduleVersion, computed: row.scheduleComputedVersion };
};

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const p = api.db.prisma;
  riley = (await p.person.create({ data: personData(961, { name: "Riley Stone" }) })).id;
  await p.caseloadAssignment.create({
    data: {
      personId: riley,
      organisationId: world.orgA.id,
      responsibility: "RESPONSIBLE_COMMISSIONER",
      startedOn: day("2024-01-01"),
    },
  });
});
afterAll(() => api.close());

describe("the stored schedule", () => {
  it("lists nothing for someone with no history, and stores that", async () => {
    expect(await rileysItems()).toEqual([]);
    const { version, computed } = await versions();
    expect(computed).toBe(version);
    expect(await api.db.prisma.scheduledReview.count({ where: { personId: riley } })).toBe(0);
  });

  it("shows an admission written straight into the database, as a seed or an operator would", async () => {
    const before = await versions();
    await api.db.prisma.settingEvent.create({
      data: {
        personId: riley,
        kind: "ADMISSION",
        occurredOn: daysFromToday(-10),
        route: "CIVIL",
        setting: "LD_MH_NON_SECURE",
      },
    });
    expect((await versions()).version).toBe(before.version + 1);
    const items = await rileysItems();
    expect(items.map((i) => i.kind)).toContain("POST_ADMISSION_REVIEW");
    const stored = await api.db.prisma.scheduledReview.findMany({ where: { personId: riley } });
    expect(stored.map((s) => s.kind)).toEqual(items.map((i) => i.kind));
    expect((await versions()).computed).toBe((await versions()).version);
  });

  it("moves the post-admission review off the list once one is held", async () => {
    const review = await api.db.prisma.review.create({
      data: {
        personId: riley,
        kind: "POST_ADMISSION",
        status: "SCHEDULED",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: world.orgA.id,
      },
    });
    const scheduled = await versions();
    await api.db.prisma.review.update({
      where: { id: review.id },
      data: { status: "HELD", heldOn: daysFromToday(-1) },
    });
    expect((await versions()).version).toBe(scheduled.version + 1);
    expect((await rileysItems()).map((i) => i.kind)).not.toContain("POST_ADMISSION_REVIEW");
  });

  it("is not marked stale by changes the scheduler does not read", async () => {
    const before = await versions();
    await api.db.prisma.review.updateMany({
      where: { personId: riley },
      data: { venue: "The Willows, quiet room" },
    });
    await api.db.prisma.person.update({
      where: { id: riley },
      data: { communicationNeeds: "Short sentences" },
    });
    expect(await versions()).toEqual(before);
  });

  it("is marked stale once per statement by a bulk load, and by a new date of birth", async () => {
    const before = await versions();
    await api.db.prisma.settingEvent.createMany({
      data: [-8, -6].map((n) => ({
        personId: riley,
        kind: "TRANSFER" as const,
        occurredOn: daysFromToday(n),
        setting: "LD_MH_NON_SECURE" as const,
      })),
    });
    expect((await versions()).version).toBe(before.version + 1);
    await api.db.prisma.person.update({
      where: { id: riley },
      data: { dateOfBirth: day("2009-05-01") },
    });
    expect((await versions()).version).toBe(before.version + 2);
    await rileysItems();
    expect((await versions()).computed).toBe(before.version + 2);
  });

  it("empties when the history is deleted", async () => {
    await api.db.prisma.review.deleteMany({ where: { personId: riley } });
    await api.db.prisma.settingEvent.deleteMany({ where: { personId: riley } });
    expect(await rileysItems()).toEqual([]);
    expect(await api.db.prisma.scheduledReview.count({ where: { personId: riley } })).toBe(0);
  });
});

/**
 * A request for a review the commissioner convenes is a review due (§14;
 * §25, Figure 9 for children) until one is held: the list and
 * Person.dueReviews show it from the request alone, with no setting history.
 */
describe("a request the commissioner convenes", () => {
  let sky = "";
  let requestId = "";
  const SUBMIT = `mutation($input: SubmitReviewRequestInput!) {
    submitReviewRequest(input: $input) { reviewRequest { id } errors { field code } } }`;
  const ADVANCE = `mutation($input: AdvanceReviewRequestInput!) {
    advanceReviewRequest(input: $input) { reviewRequest { stage decidedOn } errors { field code } } }`;
  const PERSON_DUE = `query($id: ID!) { node(id: $id) { ... on Person { dueReviews {
    kind dueOn dueCondition overdue reason section rule triggeredOn
    request { id receivedOn review { id } } } } } }`;

  const skyVersions = async () => {
    const row = await api.db.prisma.person.findUniqueOrThrow({ where: { id: sky } });
    return { version: row.scheduleVersion, computed: row.scheduleComputedVersion };
  };
  const skysItems = async () => {
    const { dueReviews } = await dataAs<{ dueReviews: Due }>(api, DUE, {}, tokens.commissioner);
    return dueReviews.edges
      .filter((e) => e.node.person.name === "Sky Convened")
      .map((e) => e.node.due);
  };
  const personDue = async (role = "commissioner") => {
    const data = await dataAs<{ node: { dueReviews: Record<string, unknown>[] | null } }>(
      api,
      PERSON_DUE,
      { id: globalId("Person", sky) },
      tokens[role],
    );
    return data.node?.dueReviews;
  };
  const advance = async (to: string, reviewId?: string) => {
    const data = await dataAs<{ advanceReviewRequest: { errors: unknown[] } }>(
      api,
      ADVANCE,
      {
        input: {
          requestId: globalId("ReviewRequest", requestId),
          to,
          ...(reviewId ? { reviewId: globalId("Review", reviewId) } : {}),
        },
      },
      tokens.commissioner,
    );
    expect(data.advanceReviewRequest.errors).toEqual([]);
  };

  beforeAll(async () => {
    const p = api.db.prisma;
    // 16 today: a child, so the CETR pathway of §25 (Figure 9).
    const born = addDays(today, -16 * 365 - 30);
    sky = (
      await p.person.create({
        data: personData(962, { name: "Sky Convened", dateOfBirth: day(born) }),
      })
    ).id;
    await p.caseloadAssignment.create({
      data: {
        personId: sky,
        organisationId: world.orgA.id,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    });
  });

  it("makes nothing due while the care coordinator and the commissioner consider it", async () => {
    const data = await dataAs<{
      submitReviewRequest: { reviewRequest: { id: string }; errors: unknown[] };
    }>(
      api,
      SUBMIT,
      {
        input: {
          personId: globalId("Person", sky),
          requester: "FAMILY_OR_CARER",
          requesterName: "Sky's mum",
          consentBasisForRequest: true,
          reason: "Home might break down",
          receivedOn: addDays(today, -9),
        },
      },
      tokens.commissioner,
    );
    expect(data.submitReviewRequest.errors).toEqual([]);
    requestId = Buffer.from(data.submitReviewRequest.reviewRequest.id, "base64")
      .toString()
      .split(":")[1] as string;
    await advance("WITH_CARE_COORDINATOR");
    await advance("WITH_COMMISSIONER");
    expect(await skysItems()).toEqual([]);
    expect(await personDue()).toEqual([]);
  });

  it("lists the review as due once convened, with its reason, § and the review booked in answer", async () => {
    const review = await api.db.prisma.review.create({
      data: {
        personId: sky,
        kind: "COMMUNITY",
        status: "PLANNED",
        enquirySetting: "COMMUNITY",
        scheduledOn: daysFromToday(7),
        commissioningOrganisationId: world.orgA.id,
      },
    });
    const before = await skyVersions();
    await advance("CONVENED", review.id);
    expect((await skyVersions()).version).toBeGreaterThan(before.version);
    // No national timescale (§14): no date, and listed whatever the "due within" horizon.
    expect(await skysItems()).toEqual([
      { kind: "REVIEW_ON_REQUEST", dueOn: null, rule: "REQUEST" },
    ]);
    expect(await api.db.prisma.scheduledReview.findMany({ where: { personId: sky } })).toEqual([
      expect.objectContaining({
        kind: "REVIEW_ON_REQUEST",
        dueOn: null,
        dueCondition: "AS_AGREED_LOCALLY",
      }),
    ]);
    const due = await personDue();
    expect(due).toEqual([
      {
        kind: "REVIEW_ON_REQUEST",
        dueOn: null,
        dueCondition: "AS_AGREED_LOCALLY",
        overdue: false,
        rule: "REQUEST",
        section: "§14; §25; Figure 9",
        triggeredOn: today,
        reason: `Asked for on ${addDays(today, -9)}; the commissioner agreed on ${today} to hold a CETR: it is due now, by the date the local protocol sets (the national policy gives none, §14)`,
        request: {
          id: globalId("ReviewRequest", requestId),
          receivedOn: addDays(today, -9),
          review: { id: globalId("Review", review.id) },
        },
      },
    ]);
  });

  it("is not marked stale by changes to a request the scheduler does not read", async () => {
    await skysItems();
    const before = await skyVersions();
    await api.db.prisma.reviewRequest.update({
      where: { id: requestId },
      data: { requesterName: "Sky's mother", decisionReason: "Agreed at the panel meeting" },
    });
    expect(await skyVersions()).toEqual(before);
  });

  it("is no longer due once a review is held", async () => {
    await api.db.prisma.review.updateMany({
      where: { personId: sky },
      data: { status: "HELD", heldOn: day(today) },
    });
    expect(await skysItems()).toEqual([]);
    expect(await personDue()).toEqual([]);
  });

  it("makes nothing due for a request declined, and follows one written straight into the database", async () => {
    // Start again with no request and no review.
    await api.db.prisma.reviewRequestStageChange.deleteMany({
      where: { request: { personId: sky } },
    });
    await api.db.prisma.reviewRequest.deleteMany({ where: { personId: sky } });
    await api.db.prisma.review.deleteMany({ where: { personId: sky } });
    const base = {
      personId: sky,
      requester: "PERSON" as const,
      route: "VIA_CARE_COORDINATOR" as const,
      reason: "I want to talk about my support",
      receivedOn: daysFromToday(-20),
      decidedOn: daysFromToday(-15),
    };
    await api.db.prisma.reviewRequest.create({
      data: { ...base, stage: "DECLINED_BY_COMMISSIONER", decisionReason: "Resolved by the team" },
    });
    expect(await skysItems()).toEqual([]);
    const before = await skyVersions();
    await api.db.prisma.reviewRequest.create({ data: { ...base, stage: "CONVENED" } });
    expect((await skyVersions()).version).toBe(before.version + 1);
    expect(await skysItems()).toEqual([
      { kind: "REVIEW_ON_REQUEST", dueOn: null, rule: "REQUEST" },
    ]);
    expect((await personDue())?.[0]).toMatchObject({
      triggeredOn: addDays(today, -15),
      request: { review: null },
    });
    await api.db.prisma.reviewRequest.deleteMany({ where: { personId: sky, stage: "CONVENED" } });
    expect(await skysItems()).toEqual([]);
  });
});
