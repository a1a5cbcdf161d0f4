import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, openDatabase } from "./client.js";
import { resolveDatabaseTarget } from "./config.js";
import { applyMigrations, readMigrations } from "./migrate.js";
import { pgliteRunner, pgRunner } from "./sql-runner.js";

/**
 * Test databases from a migrated "golden" copy (Epic Stack ADR 038): migrate
 * once, then copy per test file — far cheaper than migrating each time
 * (`pnpm --filter @cetr/db bench` measures it).
 *
 * With DATABASE_URL unset the copy is an in-memory PGlite loaded from a
 * dump of the golden one, kept on disk (keyed by the migrations and the
 * PGlite version) because Vitest gives every test file fresh modules. With DATABASE_URL set (CI's second pass) the
 * golden copy is a template database on that server and each test file gets
 * `CREATE DATABASE … TEMPLATE golden`, dropped when it closes.
 */

export interface TestDatabase extends Database {
  [Symbol.asyncDispose](): Promise<void>;
}

const migrationsHash = () =>
  createHash("sha256")
    .update(
      readMigrations()
        .map((m) => `${m.name}:${m.checksum}`)
        .join("\n"),
    )
    .digest("hex")
    .slice(0, 12);

let goldenDump: Promise<Blob> | undefined;

/** PGlite's resolved location names its version (pnpm's store path), so a new PGlite gets a new dump. */
const pgliteBuild = (): string =>
  createHash("sha256")
    .update(import.meta.resolve("@electric-sql/pglite"))
    .digest("hex")
    .slice(0, 8);

/** A migrated PGlite data directory, built once per machine and migrations, copied from then on. */
export function pgliteGoldenDump(): Promise<Blob> {
  goldenDump ??= (async () => {
    const file = path.join(
      os.tmpdir(),
      `cetr-golden-${migrationsHash()}-pglite-${pgliteBuild()}.tar`,
    );
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    const golden = await PGlite.create();
    await applyMigrations(pgliteRunner(golden));
    const dump = await golden.dumpDataDir("none");
    await golden.close();
    // Write then rename, so a worker never reads a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
    return dump;
  })();
  return goldenDump;
}

let goldenTemplate: Promise<string> | undefined;

async function postgresGoldenTemplate(admin: pg.Client, url: string): Promise<string> {
  goldenTemplate ??= (async () => {
    const name = `cetr_golden_${migrationsHash()}`;
    // Workers race to build the template; an advisory lock lets one build it.
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) {
        const building = `${name}_building_${process.pid}`;
        await admin.query(`CREATE DATABASE "${building}"`);
        const client = new pg.Client({ ...withDatabase(url, building) });
        await client.connect();
        try {
          await applyMigrations(pgRunner(client));
        } finally {
          await client.end();
        }
        await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      }
    } finally {
      await admin.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
    }
    return name;
  })();
  return goldenTemplate;
}

function withDatabase(url: string, database: string): { connectionString: string } {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return { connectionString: copy.toString() };
}

/** A fresh, migrated, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = resolveDatabaseTarget();
  if (target.kind === "pglite") {
    const pglite = await PGlite.create({ loadDataDir: await pgliteGoldenDump() });
    const db = await openDatabase({ pglite });
    return withDispose(db, () => db.close());
  }
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  const template = await postgresGoldenTemplate(admin, target.url);
  const name = `cetr_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = withDatabase(target.url, name).connectionString;
  const db = await openDatabase({
    target: { kind: "postgres", url, label: `${target.label}→${name}` },
  });
  const close = async () => {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  return withDispose(db, close);
}

/** Adds disposal without spreading `db`, which would freeze its `statementCount` getter. */
function withDispose(db: Database, close: () => Promise<void>): TestDatabase {
  return Object.assign(Object.create(db) as Database, {
    close,
    [Symbol.asyncDispose]: close,
  });
}

export * from "./factories.js";
