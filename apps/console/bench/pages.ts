/**
 * `pnpm bench` (issue 8, ADR 0029): the console at national scale. Builds two
 * PostgreSQL databases — the demo seed alone ("small") and the demo seed plus
 * a FICTIONAL national dataset ("large", bench/national-data.ts) — starts the
 * API and the built console on each, signs in as the demo commissioner Grace
 * Holt, and times the server-rendered first page of every console list,
 * alternating small and large request by request so both see the same
 * machine. A list's first page should cost the same whatever the size of the
 * database: the target is large p95 ≤ 2 × small p95. Timings are reported,
 * never failed on; the bench fails only when a page does not render.
 *
 *   pnpm --filter console bench                  # scale 1: ~50,000 people, ~200,000 reviews, 1,000,000 audit events
 *   pnpm --filter console bench --scale 0.05     # a quick run while developing
 *   pnpm --filter console bench --keep           # keep both databases afterwards (to EXPLAIN)
 *   pnpm --filter console bench --reuse NAME     # time databases kept earlier (cetr_bench_*_NAME)
 *
 * The server is DATABASE_URL's (any database name in it is ignored), by default
 * postgresql://postgres@127.0.0.1:5432.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { generateNationalData } from "./national-data.js";
import { type ConsoleServers, repoRoot, startConsole } from "./servers.js";

const { values: options } = parseArgs({
  options: {
    scale: { type: "string", default: process.env.BENCH_SCALE ?? "1" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "30" },
    warmup: { type: "string", default: "5" },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
  },
});
const scale = Number(options.scale);
const runs = Number(options.runs);
const warmup = Number(options.warmup);
if (!(scale > 0) || !(runs > 0) || !(warmup >= 0)) {
  throw new Error("--scale and --runs must be positive numbers, --warmup zero or more");
}

/** Bench output goes to stdout (the linter keeps console.* out of the app itself). */
const print = (line: string) => process.stdout.write(`${line}\n`);

const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const tag = options.reuse ?? `${Date.now().toString(36)}_${process.pid}`;
const SIZES = ["small", "large"] as const;
type Size = (typeof SIZES)[number];
const databaseName = (size: Size) => `cetr_bench_${size}_${tag}`;
const databaseUrl = (name: string) => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

const DEMO_COMMISSIONER = "grace.holt@icb.example";

async function withClient<T>(name: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * The small database: migrated, with the demo seed. The large one starts as a copy of it
 * (a template copy, much faster than migrating and seeding again) and gets the national dataset.
 */
async function build() {
  const small = databaseName("small");
  const large = databaseName("large");
  let started = performance.now();
  await withClient("postgres", (admin) => admin.query(`CREATE DATABASE "${small}"`));
  const env = { ...process.env, DATABASE_URL: databaseUrl(small) };
  for (const script of ["migrate", "seed"]) {
    execFileSync("pnpm", ["--filter", "@cetr/db", "run", script], {
      cwd: repoRoot,
      env,
      stdio: "pipe",
    });
  }
  print(`small: migrated and seeded ${small} in ${seconds(started)}`);
  started = performance.now();
  await withClient("postgres", (admin) =>
    admin.query(`CREATE DATABASE "${large}" TEMPLATE "${small}"`),
  );
  print(`large: adding the fictional national dataset to a copy (scale ${scale})`);
  const counts = await withClient(large, (client) =>
    generateNationalData(client, { scale }, print),
  );
  print(
    `large: +${counts.people} people, +${counts.reviews} reviews, +${counts.auditEvents} audit events in ${seconds(started)}`,
  );
}

async function dropDatabases() {
  await withClient("postgres", async (admin) => {
    for (const size of SIZES) await admin.query(`DROP DATABASE IF EXISTS "${databaseName(size)}"`);
  });
}

interface Facts {
  people: number;
  reviews: number;
  auditEvents: number;
  gracesPeople: number;
  /** The demo person with the long audit trail (Alex Morgan), as a Relay global ID. */
  auditPersonId: string;
  auditPersonEvents: number;
}

async function facts(size: Size): Promise<Facts> {
  return withClient(databaseName(size), async (client) => {
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM "Person")::int AS people,
             (SELECT count(*) FROM "Review")::int AS reviews,
             (SELECT count(*) FROM "AuditEvent")::int AS "auditEvents",
             (SELECT count(DISTINCT c."personId") FROM "CaseloadAssignment" c
                JOIN "Membership" m ON m."organisationId" = c."organisationId"
                JOIN "User" u ON u.id = m."userId"
              WHERE u.email = '${DEMO_COMMISSIONER}' AND c."endedOn" IS NULL AND m."endedOn" IS NULL)::int AS "gracesPeople",
             p.id AS "personId",
             (SELECT count(*) FROM "AuditEvent" a WHERE a."personId" = p.id)::int AS "auditPersonEvents"
      FROM "Person" p WHERE p.name = 'Alex Morgan' AND p."nhsNumber" LIKE '999%' LIMIT 1`);
    const row = rows[0];
    return {
      ...row,
      auditPersonId: Buffer.from(`Person:${row.personId}`).toString("base64"),
    } as Facts;
  });
}

/** A fresh API session for Grace Holt, in the console's cookie (React Router's unsigned format). */
async function signIn(apiUrl: string): Promise<string> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation ($input: DemoSignInInput!) { demoSignIn(input: $input) { token } }",
      variables: { input: { email: DEMO_COMMISSIONER } },
    }),
  });
  const body = (await response.json()) as {
    data?: { demoSignIn: { token: string } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`demo sign-in failed: ${JSON.stringify(body.errors)}`);
  const value = encodeURIComponent(
    Buffer.from(JSON.stringify(body.data.demoSignIn.token)).toString("base64"),
  );
  return `cetr_console_session=${value}`;
}

/** Every list in app/routes.ts, first page, no filters; and the person page, which lists reviews. */
const pages = (personId: string) => [
  "/",
  "/dashboard/reviews-due",
  "/dashboard/reports-due",
  "/dashboard/actions",
  "/dashboard/register",
  "/people",
  "/register",
  "/requests",
  "/dashboard/questions",
  "/restricted",
  `/people/${personId}/audit`,
  `/people/${personId}`,
];

async function timePage(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  return { ms, bytes: html.length };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

interface Timing {
  p50: number;
  p95: number;
  bytes: number;
}

const summarise = (samples: { ms: number; bytes: number }[]): Timing => {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    bytes: samples.at(-1)?.bytes ?? 0,
  };
};

async function main() {
  const started = performance.now();
  try {
    if (!options.reuse) await build();
    await measure();
  } finally {
    if (options.keep || options.reuse) {
      print(`kept: ${SIZES.map((s) => databaseUrl(databaseName(s))).join("  ")}`);
    } else {
      await dropDatabases();
    }
    print(`done in ${seconds(started)}`);
  }
}

async function measure() {
  const known = { small: await facts("small"), large: await facts("large") };
  for (const size of SIZES) {
    const f = known[size];
    print(
      `${size}: ${f.people} people (${f.gracesPeople} in Grace Holt's caseload), ${f.reviews} reviews, ${f.auditEvents} audit events (${f.auditPersonEvents} about Alex Morgan)`,
    );
  }
  const servers: Partial<Record<Size, ConsoleServers>> = {};
  try {
    const small = await startConsole(databaseUrl(databaseName("small")));
    servers.small = small;
    const large = await startConsole(databaseUrl(databaseName("large")));
    servers.large = large;
    const running = { small, large };
    const rows: [string, Timing, Timing][] = [];
    // The same person (Alex Morgan, demo seed) in both databases; ids differ between them.
    const path = {
      small: pages(known.small.auditPersonId),
      large: pages(known.large.auditPersonId),
    };
    for (const [i, page] of path.small.entries()) {
      const cookie = {
        // A session per page: the API allows one session 300 requests a minute.
        small: await signIn(small.apiUrl),
        large: await signIn(large.apiUrl),
      };
      const samples: Record<Size, { ms: number; bytes: number }[]> = { small: [], large: [] };
      for (let run = 0; run < warmup + runs; run++) {
        // Alternate which goes first, so neither always follows the other's work.
        const order: Size[] = run % 2 ? ["large", "small"] : ["small", "large"];
        for (const size of order) {
          const timing = await timePage(
            `${running[size].consoleUrl}${path[size][i]}`,
            cookie[size],
          );
          if (run >= warmup) samples[size].push(timing);
        }
      }
      rows.push([
        page.replace(known.small.auditPersonId, ":id"),
        summarise(samples.small),
        summarise(samples.large),
      ]);
    }
    report(rows);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
}

function report(rows: [string, Timing, Timing][]) {
  const ms = (n: number) => `${n.toFixed(1).padStart(7)}`;
  // The large pages show more (counts, fuller pages): proof they read the large data.
  const kb = (bytes: number) => (bytes / 1024).toFixed(0).padStart(3);
  print(
    `\nConsole list pages, first page as Grace Holt, server-rendered on PostgreSQL — ${runs} runs each after ${warmup} warm-up, ms\n`,
  );
  print(
    `${"page".padEnd(26)} ${"small p50".padStart(9)} ${"p95".padStart(7)}   ${"large p50".padStart(9)} ${"p95".padStart(7)}   large/small p95 (p50)   HTML small/large`,
  );
  let over = 0;
  for (const [page, small, large] of rows) {
    const ratio = large.p95 / small.p95;
    // The target is on p95; p50's ratio shows growth the small run's noisier p95 can hide.
    const flag = ratio > 2 ? "  OVER 2×" : "";
    if (flag) over++;
    print(
      `${page.padEnd(26)} ${ms(small.p50).padStart(9)} ${ms(small.p95)}   ${ms(large.p50).padStart(9)} ${ms(large.p95)}   ${ratio.toFixed(2).padStart(6)}× (${(large.p50 / small.p50).toFixed(1)}×)${flag.padEnd(10)}   ${kb(small.bytes)} / ${kb(large.bytes)} KB`,
    );
  }
  print(
    over
      ? `\n${over} page(s) over the 2× target (issue 8): their cost grows with the data.`
      : "\nEvery page within 2× of the small dataset's p95 (issue 8).",
  );
}

await main();
