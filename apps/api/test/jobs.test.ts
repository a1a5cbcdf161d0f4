import { createTestDatabase, type TestDatabase } from "@cetr/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueue, enqueueOnce } from "../src/jobs/queue.js";
import { createJobRunner, type Task } from "../src/jobs/runner.js";

/** The job queue (ADR 0026), on PGlite or, with DATABASE_URL, PostgreSQL. */

let db: TestDatabase;
let clock: Date;
let ran: { kind: string; payload: unknown; at: Date }[];
const record =
  (kind: string): Task =>
  async (_tx, payload, env) => {
    ran.push({ kind, payload, at: env.now });
  };
const mailer = { send: async () => {} };

function runner(tasks: Record<string, Task> = { hello: record("hello") }) {
  return createJobRunner({
    db,
    tasks,
    mailer,
    portalUrl: "http://portal.test",
    consoleUrl: "http://console.test",
    now: () => clock,
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.prisma.pendingJob.deleteMany();
  clock = new Date("2026-11-24T09:00:00Z");
  ran = [];
});

describe("enqueue", () => {
  it("queues nothing when the change that queued it rolls back", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueue(tx, "hello", { n: 1 }, { runAt: clock });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.pendingJob.count()).toBe(0);
    expect(await runner().runDue()).toBe(0);
  });

  it("runs a committed job once with its payload, then deletes it", async () => {
    await db.prisma.$transaction((tx) => enqueue(tx, "hello", { n: 1 }, { runAt: clock }));
    expect(await runner().runDue()).toBe(1);
    expect(ran).toEqual([{ kind: "hello", payload: { n: 1 }, at: clock }]);
    expect(await db.prisma.pendingJob.count()).toBe(0);
    expect(await runner().runDue()).toBe(0);
  });

  it("waits until runAt", async () => {
    const later = new Date(clock.getTime() + 60_000);
    await db.prisma.$transaction((tx) => enqueue(tx, "hello", {}, { runAt: later }));
    expect(await runner().runDue()).toBe(0);
    clock = later;
    expect(await runner().runDue()).toBe(1);
  });

  it("replaces a waiting job with the same key: ten quick edits, one run with the latest", async () => {
    for (let n = 1; n <= 10; n++) {
      await db.prisma.$transaction((tx) =>
        enqueue(tx, "hello", { n }, { runAt: clock, key: "action:1" }),
      );
    }
    await db.prisma.$transaction((tx) =>
      enqueue(tx, "hello", { other: true }, { runAt: clock, key: "action:2" }),
    );
    expect(await db.prisma.pendingJob.count()).toBe(2);
    await runner().runDue();
    expect(ran.map((r) => r.payload)).toEqual(expect.arrayContaining([{ n: 10 }, { other: true }]));
    expect(ran).toHaveLength(2);
  });

  it("queues a fresh job when the one with that key is already running", async () => {
    await db.prisma.$transaction((tx) =>
      enqueue(tx, "hello", { n: 1 }, { runAt: clock, key: "k" }),
    );
    // A runner has taken it (and may have read the record already) when a second change commits.
    await db.prisma.pendingJob.updateMany({
      data: { lockedUntil: new Date(clock.getTime() + 60_000), attempts: 1 },
    });
    await db.prisma.$transaction((tx) =>
      enqueue(tx, "hello", { n: 2 }, { runAt: clock, key: "k" }),
    );
    expect(await db.prisma.pendingJob.count()).toBe(2);
    expect(await runner().runDue()).toBe(1);
    expect(ran.map((r) => r.payload)).toEqual([{ n: 2 }]);
  });

  it("enqueueOnce leaves an existing job with that key alone", async () => {
    const at = new Date(clock.getTime() + 1000);
    await db.prisma.$transaction((tx) =>
      enqueueOnce(tx, "hello", { n: 1 }, { runAt: at, key: "daily" }),
    );
    await db.prisma.$transaction((tx) =>
      enqueueOnce(tx, "hello", { n: 2 }, { runAt: clock, key: "daily" }),
    );
    const jobs = await db.prisma.pendingJob.findMany();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.payload).toEqual({ n: 1 });
  });
});

describe("the runner", () => {
  it("keeps a failed job with its error and retries it after a delay", async () => {
    let fail = true;
    const tasks = {
      hello: (async (tx, payload) => {
        // Work done before the failure rolls back with the job.
        await enqueue(tx, "side-effect", {}, { runAt: clock });
        if (fail) throw new Error("SMTP is down");
        ran.push({ kind: "hello", payload, at: clock });
      }) satisfies Task,
    };
    await db.prisma.$transaction((tx) => enqueue(tx, "hello", { n: 1 }, { runAt: clock }));
    expect(await runner(tasks).runDue()).toBe(1);
    const failed = await db.prisma.pendingJob.findFirstOrThrow();
    expect(failed).toMatchObject({ kind: "hello", attempts: 1, lastError: "SMTP is down" });
    expect(await runner(tasks).runDue()).toBe(0);
    fail = false;
    clock = new Date(clock.getTime() + 31_000);
    // The retried job, and the job it queued this time (which has no task, so it stays).
    expect(await runner(tasks).runDue()).toBe(2);
    expect(ran).toHaveLength(1);
    expect(await db.prisma.pendingJob.findMany({ select: { kind: true } })).toEqual([
      { kind: "side-effect" },
    ]);
  });

  it("records an unknown kind as a failure rather than dropping it", async () => {
    await db.prisma.$transaction((tx) => enqueue(tx, "nobody-knows", {}, { runAt: clock }));
    await runner().runDue();
    expect(await db.prisma.pendingJob.findFirstOrThrow()).toMatchObject({
      attempts: 1,
      lastError: 'No task function for job kind "nobody-knows".',
    });
  });

  it("runs a job left behind by a runner that died, once its lease has passed", async () => {
    await db.prisma.$transaction((tx) => enqueue(tx, "hello", { n: 1 }, { runAt: clock }));
    // A runner took it and the process was killed before it finished.
    await db.prisma.pendingJob.updateMany({
      data: { lockedUntil: new Date(clock.getTime() + 5 * 60_000), attempts: 1 },
    });
    expect(await runner().runDue()).toBe(0);
    clock = new Date(clock.getTime() + 5 * 60_000);
    expect(await runner().runDue()).toBe(1);
    expect(ran).toHaveLength(1);
  });

  it("gives each job to one runner when several run at once", async () => {
    await db.prisma.$transaction(async (tx) => {
      for (let n = 0; n < 20; n++) await enqueue(tx, "hello", { n }, { runAt: clock });
    });
    const counts = await Promise.all([runner().runDue(), runner().runDue(), runner().runDue()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(new Set(ran.map((r) => JSON.stringify(r.payload))).size).toBe(20);
    expect(ran).toHaveLength(20);
  });

  it("polls when started and stops cleanly", async () => {
    const r = createJobRunner({
      db,
      tasks: { hello: record("hello") },
      mailer,
      portalUrl: "http://portal.test",
      consoleUrl: "http://console.test",
      pollMs: 10,
    });
    r.start();
    await db.prisma.$transaction((tx) => enqueue(tx, "hello", { n: 1 }));
    for (let i = 0; i < 200 && ran.length === 0; i++) await new Promise((ok) => setTimeout(ok, 10));
    await r.stop();
    expect(ran).toHaveLength(1);
  });
});
