import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/index.js";
import { migrationsDir, repoRoot } from "../src/paths.js";
import { createTestDatabase } from "../src/testing.js";

/**
 * `prisma migrate dev` must work offline on both databases (the Prisma CLI
 * through packages/db/src/cli.ts): a schema change becomes a new migration
 * and is applied. Runs on a copy of prisma/, so the repository is untouched.
 */
const packageDir = path.resolve(import.meta.dirname, "..");
// Inside the package, so the copied config can resolve "prisma/config".
const work = fs.mkdtempSync(path.join(packageDir, ".migrate-dev-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("prisma migrate dev", () => {
  it("turns a schema change into a new migration and applies it", async () => {
    fs.cpSync(migrationsDir, path.join(work, "migrations"), { recursive: true });
    const schema = fs
      .readFileSync(path.join(repoRoot, "prisma/schema.prisma"), "utf8")
      .replace(/(model Person \{\n)/, "$1  scratchField String?\n");
    fs.writeFileSync(path.join(work, "schema.prisma"), schema);
    fs.writeFileSync(
      path.join(work, "prisma.config.ts"),
      `import { defineConfig } from "prisma/config";
import { migrationAdapterFactory } from ${JSON.stringify(path.join(packageDir, "src/cli.ts"))};
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(path.join(work, "schema.prisma"))},
  migrations: { path: ${JSON.stringify(path.join(work, "migrations"))} },
  adapter: migrationAdapterFactory,
});
`,
    );

    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
    let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
    if (process.env.DATABASE_URL) {
      database = await createTestDatabase();
      await database.prisma.$disconnect();
      env.DATABASE_URL = database.target.kind === "postgres" ? database.target.url : "";
    } else {
      env.CETR_DATA_DIR = path.join(work, "pglite");
    }
    try {
      const prisma = (...args: string[]) =>
        execFileSync(
          "pnpm",
          ["exec", "prisma", ...args, "--config", path.join(work, "prisma.config.ts")],
          {
            cwd: packageDir,
            env,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
      prisma("migrate", "deploy");
      expect(prisma("migrate", "dev", "--name", "scratch", "--skip-generate")).toContain(
        "Your database is now in sync with your schema",
      );

      const created = fs
        .readdirSync(path.join(work, "migrations"))
        .filter((name) => name.endsWith("_scratch"));
      expect(created).toHaveLength(1);
      expect(
        fs.readFileSync(path.join(work, "migrations", created[0] ?? "", "migration.sql"), "utf8"),
      ).toContain('ALTER TABLE "Person" ADD COLUMN     "scratchField" TEXT');

      const check =
        database ??
        (await openDatabase({ target: { kind: "pglite", dataDir: env.CETR_DATA_DIR ?? "" } }));
      const columns = await check.prisma.$queryRaw<{ column_name: string }[]>`
        SELECT column_name::text FROM information_schema.columns WHERE table_name = 'Person' AND column_name = 'scratchField'`;
      expect(columns).toHaveLength(1);
      await check.close();
    } finally {
      await database?.close().catch(() => {});
    }
  });
});
