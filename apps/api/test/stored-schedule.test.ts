import { day, personData } from "@cetr/db/testing";
import { addDays, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, startWorld, type World } from "./world.js";

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
