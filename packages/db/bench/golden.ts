import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { resolveDatabaseTarget } from "../src/config.js";
import { applyMigrations } from "../src/migrate.js";
import { pgliteRunner, pgRunner } from "../src/sql-runner.js";
import { pgliteGoldenDump } from "../src/testing.js";

/**
 * How should each test file get a clean database? Compares, in one run on
 * this machine: migrating a new database from scratch; copying a migrated
 * golden database (what @cetr/db/testing does, per test file); and reusing
 * one database per worker, emptied between files with TRUNCATE (which needs
 * superuser rights to get past the append-only audit table's trigger).
 * Prints ratios against the copy, never absolute thresholds.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Empties every table, audit trail included, as a per-worker reset would have to. */
const TRUNCATE_ALL = `DO $$ BEGIN
  SET session_replication_role = replica;
  EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I', tablename), ', ') || ' CASCADE'
           FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations');
  SET session_replication_role = DEFAULT;
END $$`;

async function time(label: string, fn: () => Promise<void>): Promise<[string, number]> {
  await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) await fn();
  return [label, (performance.now() - start) / ROUNDS];
}

function report(title: string, rows: Array<[string, number]>, baseline: string) {
  const base = rows.find(([label]) => label === baseline)?.[1] ?? 1;
  // biome-ignore lint/suspicious/noConsole: bench output
  console.log(`\n${title} (mean of ${ROUNDS})`);
  for (const [label, ms] of rows) {
    // biome-ignore lint/suspicious/noConsole: bench output
    console.log(
      `  ${label.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / base).toFixed(2)}× the copy`,
    );
  }
}

const dump = await pgliteGoldenDump();
const shared = await PGlite.create({ loadDataDir: dump });
report(
  "PGlite (embedded)",
  [
    await time("migrate a new database", async () => {
      const db = await PGlite.create();
      await applyMigrations(pgliteRunner(db));
      await db.close();
    }),
    await time("copy the golden database (per file)", async () => {
      const db = await PGlite.create({ loadDataDir: dump });
      await db.close();
    }),
    await time("truncate a shared one (per worker)", async () => {
      await shared.exec(TRUNCATE_ALL);
    }),
  ],
  "copy the golden database (per file)",
);
await shared.close();

const target = resolveDatabaseTarget();
if (target.kind === "postgres") {
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  const url = (name: string) =>
    Object.assign(new URL(target.url), { pathname: `/${name}` }).toString();
  await admin.query("DROP DATABASE IF EXISTS bench_golden");
  await admin.query("CREATE DATABASE bench_golden");
  const golden = new pg.Client({ connectionString: url("bench_golden") });
  await golden.connect();
  await applyMigrations(pgRunner(golden));
  await golden.end();
  report(
    "PostgreSQL server",
    [
      await time("migrate a new database", async () => {
        await admin.query("CREATE DATABASE bench_fresh");
        const client = new pg.Client({ connectionString: url("bench_fresh") });
        await client.connect();
        await applyMigrations(pgRunner(client));
        await client.end();
        await admin.query("DROP DATABASE bench_fresh");
      }),
      await time("copy the golden database (per file)", async () => {
        await admin.query("CREATE DATABASE bench_copy TEMPLATE bench_golden");
        await admin.query("DROP DATABASE bench_copy");
      }),
      await time("truncate a shared one (per worker)", async () => {
        const client = new pg.Client({ connectionString: url("bench_golden") });
        await client.connect();
        await client.query(TRUNCATE_ALL);
        await client.end();
      }),
    ],
    "copy the golden database (per file)",
  );
  await admin.query("DROP DATABASE IF EXISTS bench_golden");
  await admin.end();
} else {
  // biome-ignore lint/suspicious/noConsole: bench output
  console.log("\n(Set DATABASE_URL to a PostgreSQL database to measure the server as well.)");
}
