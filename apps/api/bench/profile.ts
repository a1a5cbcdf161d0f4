/**
 * `pnpm --filter api bench:profile`: the two benchmark queries one at a time
 * through the real HTTP stack, reporting CPU and wall time per request and
 * SQL statements per request. Run under `node --cpu-prof --import tsx
 * bench/profile.ts` to see where a request's time goes (ADR 0017); no load
 * generator shares the process, so the profile is the API's alone.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { apollo, app, DASHBOARD, db, FAMILY, parentToken, staffToken } from "./fixture.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);

const server = createServer(app);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

const send = async (query: string, token: string) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors) throw new Error(JSON.stringify(body));
};

const print = (line: string) => process.stdout.write(`${line}\n`);

let logging = false;
if (process.env.BENCH_SQL) {
  const show = (sql: string) => {
    if (logging) print(`  ${sql.replace(/\s+/g, " ").slice(0, 200)}`);
  };
  (db.prisma as unknown as { $on(e: "query", cb: (e: { query: string }) => void): void }).$on(
    "query",
    (event) => show(event.query),
  );
  const raw = db.query.bind(db);
  db.query = (sql, params) => {
    show(`[raw] ${sql}`);
    return raw(sql, params);
  };
  for (const [name, query, token] of [
    ["dashboard", DASHBOARD, staffToken],
    ["family overview", FAMILY, parentToken],
  ] as const) {
    print(`── ${name}`);
    logging = true;
    await send(query, token);
    logging = false;
  }
}

const ONLY = process.env.BENCH_ONLY; // "dashboard" or "family": one query, for a profile of it alone
for (const [name, query, token] of [
  ["dashboard", DASHBOARD, staffToken],
  ["family overview", FAMILY, parentToken],
] as const) {
  if (ONLY && !name.startsWith(ONLY)) continue;
  for (let i = 0; i < 20; i++) await send(query, token); // warm-up: JIT, connections
  const statements = db.statementCount;
  const cpu = process.cpuUsage();
  const started = performance.now();
  // BENCH_CONCURRENCY > 1: that many requests in flight at once, as under load.
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = 0; i < ROUNDS / CONCURRENCY; i++) await send(query, token);
    }),
  );
  const wall = (performance.now() - started) / ROUNDS;
  const used = process.cpuUsage(cpu);
  print(
    `${name.padEnd(16)} ${wall.toFixed(1).padStart(6)} ms wall  ${((used.user + used.system) / 1000 / ROUNDS).toFixed(1).padStart(6)} ms CPU  ${((db.statementCount - statements) / ROUNDS).toFixed(1)} SQL per request`,
  );
}

await new Promise((resolve) => server.close(resolve));
await apollo.stop();
await db.close();
