import { seedDemoData } from "@cetr/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import { type Harness, startApi } from "./harness.js";
import { dataAs } from "./world.js";

/**
 * The anonymised review dataset for NHS England returns (Appendix 5), made
 * from the FICTIONAL demo seed: it must hold no direct identifier and no
 * free text, and only staff who run reviews may make it.
 */

let api: Harness;
const tokens: Record<string, string> = {};

const FIELDS = `rowNumber organisationName kind enquirySetting status reviewMonth ageBand diagnosis
  legalStatus mojRestricted outcome daysFromTriggerToReview heldOnTime reportOnTime actionsAgreed
  actionsDoneOnTime consentRecorded registerRating`;
const RETURNS = `query($from: Date!, $to: Date!) { reviewReturns(from: $from, to: $to) { ${FIELDS} } }`;
const YEAR = { from: "2026-01-01", to: "2026-12-31" };

// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;

beforeAll(async () => {
  api = await startApi();
  await seedDemoData(api.db.prisma);
  const users = await api.db.prisma.user.findMany({
    where: {
      email: {
        in: ["grace.holt@icb.example", "jordan.lee@ebe.example", "dr.rhys.evans@riverside.example"],
      },
    },
  });
  for (const user of users) tokens[user.email] = await api.signIn(user.id);
});
afterAll(() => api.close());

/** Every identifier and piece of free text the seed wrote, which no cell may contain. */
async function forbiddenTexts(): Promise<string[]> {
  const p = api.db.prisma;
  const people = await p.person.findMany();
  const users = await p.user.findMany();
  const texts = [
    ...people.flatMap((person) => [
      person.id,
      person.name,
      person.preferredName,
      person.nhsNumber,
      person.dateOfBirth.toISOString().slice(0, 10),
      person.communicationNeeds,
      person.reasonableAdjustments,
    ]),
    ...users.flatMap((user) => [user.id, user.email, user.displayName]),
    ...(await p.review.findMany()).flatMap((r) => [r.id, r.venue, r.closedReason]),
    ...(await p.report.findMany()).flatMap((r) => [r.body, r.easyReadBody]),
    ...(await p.action.findMany()).flatMap((a) => [a.id, a.what, a.howWeWillKnow, a.notDoneReason]),
    ...(await p.reviewRequest.findMany()).flatMap((r) => [r.reason, r.decisionReason]),
    ...(await p.registerRatingChange.findMany()).map((r) => r.reason),
  ];
  return texts.filter((t): t is string => typeof t === "string" && t.length >= 3);
}

describe("reviewReturns", () => {
  it("gives one row per review of the commissioner's organisation, numbered in a fresh order", async () => {
    const data = await dataAs<Any>(api, RETURNS, YEAR, tokens["grace.holt@icb.example"]);
    const rows = data.reviewReturns as Any[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.map((r) => r.rowNumber)).toEqual(rows.map((_, i) => i + 1));
    const held = rows.find((r) => r.status === "REPORT_SENT" || r.reportOnTime === "YES");
    expect(held).toBeDefined();
  });

  it("holds no name, NHS number, date of birth, email, ID or free text from the seed", async () => {
    const data = await dataAs<Any>(api, RETURNS, YEAR, tokens["grace.holt@icb.example"]);
    const rows = data.reviewReturns as Record<string, unknown>[];
    const organisations = new Set(
      (await api.db.prisma.organisation.findMany()).map((organisation) => organisation.name),
    );
    const forbidden = await forbiddenTexts();
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    // Every cell is a code, a count, a month, an age band, yes/no or an organisation's name.
    const category = /^([A-Z_]+|\d+|\d{4}-\d{2}|\d+ to \d+|65 and over|true|false|null)$/;
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        const cell = String(value);
        expect(uuid.test(cell), `${field} holds an ID`).toBe(false);
        expect(cell, `${field} holds an email`).not.toContain("@");
        for (const text of forbidden) expect(cell, field).not.toContain(text);
        if (field === "organisationName") expect(organisations.has(cell)).toBe(true);
        else expect(cell, field).toMatch(category);
      }
    }
  });

  it("refuses a backwards or over-long period", async () => {
    const backwards = await api.gql(
      RETURNS,
      { from: "2026-12-31", to: "2026-01-01" },
      { as: tokens["grace.holt@icb.example"] },
    );
    expect(backwards.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const long = await api.gql(
      RETURNS,
      { from: "2025-01-01", to: "2026-12-31" },
      { as: tokens["grace.holt@icb.example"] },
    );
    expect(long.body.errors?.[0]?.message).toMatch(/at most 366 days/);
  });

  it("gives panel members and clinicians nothing, and refuses partners and anyone not signed in", async () => {
    for (const email of ["jordan.lee@ebe.example", "dr.rhys.evans@riverside.example"]) {
      const data = await dataAs<Any>(api, RETURNS, YEAR, tokens[email]);
      expect(data.reviewReturns, email).toEqual([]);
    }
    const anonymous = await api.gql(RETURNS, YEAR, { as: null });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // A partner, even one that reads this organisation's reviews: the dataset is made by its staff.
    const grace = await api.db.prisma.user.findFirstOrThrow({
      where: { email: "grace.holt@icb.example" },
      include: { memberships: true },
    });
    const { client, secret } = await createApiClient(api.db, {
      name: "returns partner",
      scopes: ["reviews:read"] as never,
      organisationIds: grace.memberships.map((m) => m.organisationId),
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
    if (!issued.ok) throw new Error(issued.description);
    const partner = await api.gql(RETURNS, YEAR, { as: issued.accessToken });
    expect(partner.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(partner.body.data ?? null).toBeNull();
  });

  it("audits each review read, under the person it is about", async () => {
    const grace = await api.db.prisma.user.findFirstOrThrow({
      where: { email: "grace.holt@icb.example" },
    });
    const since = new Date();
    const data = await dataAs<Any>(api, RETURNS, YEAR, tokens["grace.holt@icb.example"]);
    // The audit rows are written as the response is finished.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reads = await api.db.prisma.auditEvent.findMany({
      where: { actorId: grace.id, operation: "read", at: { gte: since } },
    });
    const reviewsRead = reads.flatMap(
      (event) => ((event.detail as Any)?.targets?.Review as string[] | undefined) ?? [],
    );
    expect(reviewsRead.length).toBe(data.reviewReturns.length);
  });
});
