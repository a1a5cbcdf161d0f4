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
import autocannon from "autocannon";
import express from "express";
import pg from "pg";

import {
  apollo,
  app,
  commissioner,
  DASHBOARD,
  db,
  FAMILY,
  PEOPLE,
  parent,
  parentToken,
  staffToken,
} from "./fixture.js";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;

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

async function load(options: autocannon.Options, statements = 1): Promise<Measured> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statements,
    errors: result.errors + result.non2xx,
  };
}

const graphql = (query: string, token: string): autocannon.Options => ({
  url: `${apiUrl}/graphql`,
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  body: JSON.stringify({ query }),
});

/**
 * A check first: both paths return the same people, with the same number of
 * overdue actions. Returns the statements the GraphQL request ran, counted on
 * this one request alone (under load, requests still in flight at the end
 * would count statements but not themselves).
 */
const check = async (query: string, token: string, path: string) => {
  const before = db.statementCount;
  const viaGraphql = await (
    await fetch(`${apiUrl}/graphql`, {
      ...graphql(query, token),
      body: JSON.stringify({ query }),
    } as RequestInit)
  ).text();
  const statements = db.statementCount - before;
  const viaSql = await (await fetch(`${baseUrl}${path}`)).text();
  const overdue = (s: string) => s.match(/"isOverdue":true/g)?.length ?? 0;
  if (overdue(viaGraphql) !== overdue(viaSql) || overdue(viaSql) === 0) {
    throw new Error(
      `the two paths disagree on ${path}: ${overdue(viaGraphql)} vs ${overdue(viaSql)} overdue actions`,
    );
  }
  return statements;
};

const rows: [string, Measured, Measured][] = [];
for (const [name, query, token, path] of [
  ["dashboard (50 people × 2 reviews × 3 actions)", DASHBOARD, staffToken, "/dashboard"],
  ["family overview (3 children)", FAMILY, parentToken, "/family"],
] as const) {
  const statements = await check(query, token, path);
  await load({ ...graphql(query, token), duration: 1 }); // warm-up
  const viaGraphql = await load(graphql(query, token), statements);
  await load({ url: `${baseUrl}${path}`, duration: 1 });
  const viaSql = await load({ url: `${baseUrl}${path}` });
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
