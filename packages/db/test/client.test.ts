import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseUnavailableError, DataDirectoryInUseError, openDatabase } from "../src/index.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cetr-db-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const oneLine = (error: unknown) => {
  expect((error as Error).message).not.toContain("\n");
  return (error as Error).message;
};

describe("openDatabase with PostgreSQL", () => {
  it("explains an unreachable server in one line", async () => {
    const error = await openDatabase({
      target: {
        kind: "postgres",
        url: "postgresql://postgres@127.0.0.1:1/cetr",
        label: "127.0.0.1:1/cetr",
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(oneLine(error)).toMatch(/connection refused\. Is the server running/);
  });
});

describe("openDatabase with embedded PGlite", () => {
  const dataDir = path.join(tmp, "pglite");

  it("keeps data across close and reopen", async () => {
    const first = await openDatabase({ target: { kind: "pglite", dataDir } });
    await first.migrate();
    await first.prisma.person.create({
      data: {
        name: "Persisted Person",
        dateOfBirth: new Date("2001-02-03T00:00:00Z"),
        nhsNumber: "9990000018",
        diagnosis: "AUTISM",
      },
    });
    await first.close();

    const second = await openDatabase({ target: { kind: "pglite", dataDir } });
    expect(await second.pending()).toEqual([]);
    expect((await second.prisma.person.findMany()).map((p) => p.name)).toEqual([
      "Persisted Person",
    ]);
    await second.close();
  });

  it("refuses a second open in the same process", async () => {
    const db = await openDatabase({ target: { kind: "pglite", dataDir } });
    try {
      const error = await openDatabase({ target: { kind: "pglite", dataDir } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DataDirectoryInUseError);
    } finally {
      await db.close();
    }
  });

  it("refuses a second process with a clear error and leaves the data intact", async () => {
    const db = await openDatabase({ target: { kind: "pglite", dataDir } });
    try {
      const script = `
        import { openDatabase } from ${JSON.stringify(path.resolve(import.meta.dirname, "../src/index.ts"))};
        try { await openDatabase({ target: { kind: "pglite", dataDir: ${JSON.stringify(dataDir)} } }); console.log("opened"); }
        catch (e) { console.error(e.name + ": " + e.message); process.exit(3); }`;
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        {
          encoding: "utf8",
        },
      );
      expect(child.status).toBe(3);
      expect(child.stderr).toMatch(
        /DataDirectoryInUseError: The embedded database at .* is already open in another process \(PID \d+\)/,
      );
      expect(await db.prisma.person.count()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it("takes over a lock left by a process that died", async () => {
    fs.writeFileSync(path.join(dataDir, "cetr.lock"), "2147483646");
    const db = await openDatabase({ target: { kind: "pglite", dataDir } });
    expect(await db.prisma.person.count()).toBe(1);
    await db.close();
  });
});
