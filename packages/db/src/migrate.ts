import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { migrationsDir } from "./paths.js";
import type { SqlRunner } from "./sql-runner.js";

/**
 * Applies prisma/migrations in order, recording them in Prisma's own
 * `_prisma_migrations` table exactly as `prisma migrate deploy` does, so the
 * two are interchangeable: the API migrates its embedded database in-process
 * (PGlite allows one process), and `prisma migrate status` agrees afterwards.
 */

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of migration.sql, as Prisma computes it. */
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

// Prisma Migrate's advisory-lock key: taking the same one serialises us with it.
const PRISMA_ADVISORY_LOCK = 72707369;

export function readMigrations(dir: string = migrationsDir): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface AppliedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function appliedMigrations(sql: SqlRunner): Promise<AppliedRow[] | null> {
  const [table] = await sql.query<{ exists: string | null }>(
    `SELECT to_regclass('public._prisma_migrations')::text AS "exists"`,
  );
  if (!table?.exists) return null;
  return sql.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
}

/** Migrations in the repository that the database has not applied yet. */
export async function pendingMigrations(
  sql: SqlRunner,
  migrations: Migration[] = readMigrations(),
): Promise<Migration[]> {
  const applied = await appliedMigrations(sql);
  if (!applied) return migrations;
  const done = new Map(
    applied
      .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
      .map((row) => [row.migration_name, row]),
  );
  const failed = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed part-way earlier: resolve it with \`prisma migrate resolve\` before starting`,
    );
  }
  for (const migration of migrations) {
    const row = done.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was edited after it was applied: restore the original file and add a new migration instead`,
      );
    }
  }
  return migrations.filter((migration) => !done.has(migration.name));
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies every pending migration, each in its own transaction, and returns
 * the names applied. A failed migration is rolled back whole and reported.
 */
export async function applyMigrations(
  sql: SqlRunner,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  await sql.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await sql.exec(CREATE_TABLE);
    const pending = await pendingMigrations(sql, migrations);
    for (const migration of pending) {
      await sql.exec("BEGIN");
      try {
        await sql.exec(migration.sql);
        await sql.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await sql.exec("COMMIT");
      } catch (error) {
        await sql.exec("ROLLBACK");
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
        );
      }
    }
    return pending.map((migration) => migration.name);
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}
