import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { MigrationError, openDatabase, readMigrations } from "../src/index.js";
import { applyMigrations, pendingMigrations } from "../src/migrate.js";
import { repoRoot } from "../src/paths.js";
import { pgliteRunner } from "../src/sql-runner.js";
import { createTestDatabase } from "../src/testing.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cetr-migrate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("migrations", () => {
  it("gives each test file a migrated, empty database", async () => {
    await using db = await createTestDatabase();
    expect(await db.pending()).toEqual([]);
    expect(await db.prisma.person.count()).toBe(0);
  });

  it("applies each migration once", async () => {
    const pglite = await PGlite.create();
    const sql = pgliteRunner(pglite);
    expect(await applyMigrations(sql)).toEqual(readMigrations().map((m) => m.name));
    expect(await applyMigrations(sql)).toEqual([]);
    await pglite.close();
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const pglite = await PGlite.create();
    const sql = pgliteRunner(pglite);
    await applyMigrations(sql);
    const edited = readMigrations().map((m, i) =>
      i === 0 ? { ...m, checksum: "0".repeat(64) } : m,
    );
    await expect(pendingMigrations(sql, edited)).rejects.toThrow(/was edited after it was applied/);
    await pglite.close();
  });

  it("rolls a failing migration back whole and names it", async () => {
    const pglite = await PGlite.create();
    const sql = pgliteRunner(pglite);
    const broken = [
      {
        name: "20990101000000_broken",
        sql: 'CREATE TABLE "Half" (id int); SELECT * FROM "Missing";',
        checksum: "x",
      },
    ];
    const error = await applyMigrations(sql, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/20990101000000_broken failed and was rolled back/);
    const [half] = await sql.query<{ t: string | null }>(
      `SELECT to_regclass('public."Half"')::text AS t`,
    );
    expect(half?.t).toBeNull();
    await pglite.close();
  });

  it("records migrations so that `prisma migrate status` agrees", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    let close = async () => {};
    if (process.env.DATABASE_URL) {
      const db = await createTestDatabase();
      await db.migrate();
      env.DATABASE_URL = db.target.kind === "postgres" ? db.target.url : "";
      close = () => db.close();
    } else {
      const dataDir = path.join(tmp, "status");
      const db = await openDatabase({ target: { kind: "pglite", dataDir } });
      await db.migrate();
      await db.close();
      env.CETR_DATA_DIR = dataDir;
    }
    try {
      const output = execFileSync(
        "pnpm",
        ["exec", "prisma", "migrate", "status", "--config", "prisma/prisma.config.ts"],
        { cwd: repoRoot, env, encoding: "utf8" },
      );
      expect(output).toContain("Database schema is up to date!");
    } finally {
      await close();
    }
  });
});
