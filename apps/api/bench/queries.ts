/**
 * `pnpm bench` (issue 4): the console dashboard and the family overview,
 * through the full HTTP stack (Express, Apollo, Pothos, access control,
 * audit), against the same data fetched by ONE hand-written SQL query behind
 * a bare HTTP handler. Both run on this machine, in this run, against
 * PostgreSQL (DATABASE_URL, default the local server), so the ratio is what
 * matters, not the absolute numbers.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import autocannon from "autocannon";
import express from "express";
import pg from "pg";

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test";
// Measured as deployed: graphql-js skips its development-only checks under production.
process.env.NODE_ENV = "production";
const { actionData, createTestDatabase, day, personData, userData, organisationData } =
  await import("@cetr/db/testing");
const { openSession } = await import("../src/auth/sessions.js");
const { createApp } = await import("../src/http/app.js");
const { createLogger } = await import("../src/logger.js");
const { schema } = await import("../src/schema/index.js");

const PEOPLE = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;

const db = await createTestDatabase();
const { prisma } = db;

// ── FICTIONAL data: 50 people × 2 reviews × 3 actions on one ICB's caseload; a parent of 3 ──
const org = await prisma.organisation.create({ data: organisationData("bench") });
const commissioner = await prisma.user.create({ data: userData("bench-commissioner") });
const parent = await prisma.user.create({ data: userData("bench-parent") });
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
const { app, apollo } = await createApp({
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
const staffToken = (await openSession(db, commissioner.id, "bench", new Date())).token;
const parentToken = (await openSession(db, parent.id, "bench", new Date())).token;

const DASHBOARD = `query Dashboard { people(first: ${PEOPLE}) { totalCount edges { node {
  id name nhsNumber reviews { id kind status dueOn scheduledOn
    actions { id what dueOn status isOverdue owner { displayName } } } } } } }`;
const FAMILY = `query FamilyOverview { viewer { people { id name preferredName
  reviews { id kind status scheduledOn reportDueOn }
  actions { id what plainWhat dueOn status isOverdue owner { displayName } } } } }`;

// ── The baseline: one hand-written SQL query each, behind a bare Express handler ──
const pool = new pg.Pool({ connectionString: (db.target as { url: string }).url, max: 10 });
const DASHBOARD_SQL = `
  SELECT coalesce(json_agg(p ORDER BY p.name, p.id), '[]') AS people FROM (
    SELECT pe.id, pe.name, pe."nhsNumber",
      (SELECT coalesce(json_agg(r ORDER BY r."createdAt" DESC, r.id DESC), '[]') FROM (
        SELECT rv.id, rv.kind, rv.status, rv."dueOn", rv."scheduledOn", rv."createdAt",
          (SELECT coalesce(json_agg(a ORDER BY a."dueOn", a.id), '[]') FROM (
            SELECT ac.id, ac.what, ac."dueOn", ac.status,
              (ac.status = 'OPEN' AND ac."dueOn" < current_date) AS "isOverdue", u."displayName" AS owner
            FROM "Action" ac JOIN "User" u ON u.id = ac."ownerId" WHERE ac."reviewId" = rv.id) a) AS actions
        FROM "Review" rv WHERE rv."personId" = pe.id) r) AS reviews
    FROM "Person" pe
    WHERE EXISTS (SELECT 1 FROM "CaseloadAssignment" c JOIN "Membership" m ON m."organisationId" = c."organisationId"
                  WHERE c."personId" = pe.id AND m."userId" = $1 AND c."endedOn" IS NULL AND m."endedOn" IS NULL)
    ORDER BY pe.name, pe.id LIMIT ${PEOPLE}) p`;
const FAMILY_SQL = `
  SELECT coalesce(json_agg(p ORDER BY p.name, p.id), '[]') AS people FROM (
    SELECT pe.id, pe.name, pe."preferredName",
      (SELECT coalesce(json_agg(r ORDER BY r."createdAt" DESC), '[]') FROM (
        SELECT id, kind, status, "scheduledOn", "reportDueOn", "createdAt" FROM "Review" WHERE "personId" = pe.id) r) AS reviews,
      (SELECT coalesce(json_agg(a ORDER BY a."dueOn", a.id), '[]') FROM (
        SELECT ac.id, ac.what, ac."plainWhat", ac."dueOn", ac.status,
          (ac.status = 'OPEN' AND ac."dueOn" < current_date) AS "isOverdue", u."displayName" AS owner
        FROM "Action" ac JOIN "User" u ON u.id = ac."ownerId" WHERE ac."personId" = pe.id) a) AS actions
    FROM "Person" pe
    WHERE EXISTS (SELECT 1 FROM "Relationship" r WHERE r."personId" = pe.id AND r."userId" = $1
                  AND r.kind = 'PARENT_CARER' AND r."hasParentalResponsibility" AND r."endedOn" IS NULL)) p`;
const baseline = express();
baseline.get("/dashboard", async (_req, res) => {
  res.json((await pool.query(DASHBOARD_SQL, [commissioner.id])).rows[0]);
});
baseline.get("/family", async (_req, res) => {
  res.json((await pool.query(FAMILY_SQL, [parent.id])).rows[0]);
});

const listen = async (handler: express.Express): Promise<[Server, string]> => {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
};
const [apiServer, apiUrl] = await listen(app);
const [baseServer, baseUrl] = await listen(baseline);

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  statements: number;
  errors: number;
}

async function load(options: autocannon.Options, countStatements: boolean): Promise<Measured> {
  const before = db.statementCount;
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const requests = result.requests.total || 1;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statements: countStatements ? (db.statementCount - before) / requests : 1,
    errors: result.errors + result.non2xx,
  };
}

const graphql = (query: string, token: string): autocannon.Options => ({
  url: `${apiUrl}/graphql`,
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  body: JSON.stringify({ query }),
});

// A check first: both paths return the same people, with the same number of overdue actions.
const check = async (query: string, token: string, path: string) => {
  const viaGraphql = await (
    await fetch(`${apiUrl}/graphql`, {
      ...graphql(query, token),
      body: JSON.stringify({ query }),
    } as RequestInit)
  ).text();
  const viaSql = await (await fetch(`${baseUrl}${path}`)).text();
  const overdue = (s: string) => s.match(/"isOverdue":true/g)?.length ?? 0;
  if (overdue(viaGraphql) !== overdue(viaSql) || overdue(viaSql) === 0) {
    throw new Error(
      `the two paths disagree on ${path}: ${overdue(viaGraphql)} vs ${overdue(viaSql)} overdue actions`,
    );
  }
};
await check(DASHBOARD, staffToken, "/dashboard");
await check(FAMILY, parentToken, "/family");

const rows: [string, Measured, Measured][] = [];
for (const [name, query, token, path] of [
  ["dashboard (50 people × 2 reviews × 3 actions)", DASHBOARD, staffToken, "/dashboard"],
  ["family overview (3 children)", FAMILY, parentToken, "/family"],
] as const) {
  await load({ ...graphql(query, token), duration: 1 }, false); // warm-up
  const viaGraphql = await load(graphql(query, token), true);
  await load({ url: `${baseUrl}${path}`, duration: 1 }, false);
  const viaSql = await load({ url: `${baseUrl}${path}` }, false);
  rows.push([name, viaGraphql, viaSql]);
}

/** Bench output goes to stdout (the linter keeps console.* out of the app itself). */
const print = (line: string) => process.stdout.write(`${line}\n`);

const fmt = (m: Measured) =>
  `${m.rps.toFixed(0).padStart(6)} req/s  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(4)} ms  ${m.statements.toFixed(1).padStart(4)} SQL/req${m.errors ? `  ${m.errors} ERRORS` : ""}`;
print(
  `\nGraphQL (full HTTP stack, access control, audit) vs one hand-written SQL query — PostgreSQL, ${CONNECTIONS} connections, ${DURATION_S}s each\n`,
);
for (const [name, viaGraphql, viaSql] of rows) {
  print(name);
  print(`  GraphQL   ${fmt(viaGraphql)}`);
  print(`  SQL       ${fmt(viaSql)}`);
  print(
    `  GraphQL reaches ${((viaGraphql.rps / viaSql.rps) * 100).toFixed(0)}% of the hand-written baseline's throughput (target ≥ 40%)\n`,
  );
}

await new Promise((resolve) => apiServer.close(resolve));
await new Promise((resolve) => baseServer.close(resolve));
await apollo.stop();
await pool.end();
await db.close();
