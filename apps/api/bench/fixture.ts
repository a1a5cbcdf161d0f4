/**
 * The data and the app both API benchmarks use (queries.ts compares throughput
 * with hand-written SQL; profile.ts times requests one at a time, for
 * `node --cpu-prof`). FICTIONAL data only.
 */
import { Writable } from "node:stream";

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test";
// Measured as deployed: graphql-js skips its development-only checks under production.
process.env.NODE_ENV = "production";
const { actionData, createTestDatabase, day, personData, userData, organisationData } =
  await import("@cetr/db/testing");
const { openSession } = await import("../src/auth/sessions.js");
const { createApp } = await import("../src/http/app.js");
const { createLogger } = await import("../src/logger.js");
const { schema } = await import("../src/schema/index.js");

export const PEOPLE = 50;

export const db = await createTestDatabase();
const { prisma } = db;

// ── FICTIONAL data: 50 people × 2 reviews × 3 actions on one ICB's caseload; a parent of 3 ──
const org = await prisma.organisation.create({ data: organisationData("bench") });
export const commissioner = await prisma.user.create({ data: userData("bench-commissioner") });
export const parent = await prisma.user.create({ data: userData("bench-parent") });
const owner = await prisma.user.create({
  data: userData("bench-owner", { displayName: "Owen Owner" }),
});
await prisma.membership.create({
  data: {
    userId: commissioner.id,
    organisationId: org.id,
    role: "COMMISSIONER",
    startedOn: day("2024-01-01"),
  },
});
for (let i = 0; i < PEOPLE; i++) {
  const person = await prisma.person.create({
    data: personData(2000 + i, { name: `Bench ${String(i).padStart(2, "0")}` }),
  });
  await prisma.caseloadAssignment.create({
    data: {
      personId: person.id,
      organisationId: org.id,
      responsibility: "RESPONSIBLE_COMMISSIONER",
      startedOn: day("2024-01-01"),
    },
  });
  if (i < 3) {
    await prisma.relationship.create({
      data: {
        personId: person.id,
        userId: parent.id,
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        startedOn: day("2010-01-01"),
      },
    });
  }
  for (let r = 0; r < 2; r++) {
    const review = await prisma.review.create({
      data: {
        personId: person.id,
        kind: "COMMUNITY",
        status: "SCHEDULED",
        enquirySetting: "COMMUNITY",
        commissioningOrganisationId: org.id,
        dueOn: day("2026-12-01"),
      },
    });
    await prisma.action.createMany({
      data: [0, 1, 2].map((a) =>
        actionData(
          { reviewId: review.id, personId: person.id, ownerId: owner.id },
          { dueOn: day(a === 0 ? "2026-01-01" : "2027-06-01") },
        ),
      ),
    });
  }
}

// ── The GraphQL path: the real app ──
const quiet = new Writable({ write: (_c, _e, done) => done() });
export const { app, apollo } = await createApp({
  mailer: { send: async () => {} },
  portalUrl: "http://portal.bench",
  db,
  schema,
  logger: createLogger("silent", quiet),
  production: true,
  bodyLimit: "100kb",
  // One session sending thousands of requests a minute is the point here, not abuse.
  rateLimits: { apiPerSession: { limit: 1_000_000, windowMs: 60_000 } },
});
export const staffToken = (await openSession(db, commissioner.id, "bench", new Date())).token;
export const parentToken = (await openSession(db, parent.id, "bench", new Date())).token;

export const DASHBOARD = `query Dashboard { people(first: ${PEOPLE}) { totalCount edges { node {
  id name nhsNumber reviews { id kind status dueOn scheduledOn
    actions { id what dueOn status isOverdue owner { displayName } } } } } } }`;
export const FAMILY = `query FamilyOverview { viewer { people { id name preferredName
  reviews { id kind status scheduledOn reportDueOn }
  actions { id what plainWhat dueOn status isOverdue owner { displayName } } } } }`;
