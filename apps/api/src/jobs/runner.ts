import type { Database, Prisma } from "@cetr/db";
import type { Logger } from "pino";
import type { Mailer } from "../email/mailer.js";
import type { Tx } from "./queue.js";

/**
 * The job runner (ADR 0026): the same code on PGlite and PostgreSQL. Each API
 * instance polls for due jobs; `FOR UPDATE SKIP LOCKED` lets several instances
 * share the table without taking the same job twice. A job's work and the
 * deletion of its row commit in one transaction, so a crash part-way leaves the
 * row to be run again (at least once, never silently lost).
 */

export interface TaskEnv {
  /** The runner's clock reading for this job. */
  now: Date;
  mailer: Mailer;
  portalUrl: string;
  /** The staff console, for emails to staff (no trailing slash). */
  consoleUrl: string;
}

export type Task = (tx: Tx, payload: Prisma.JsonValue, env: TaskEnv) => Promise<void>;

export type TaskList = Readonly<Record<string, Task>>;

export interface JobRunnerOptions {
  db: Database;
  tasks: TaskList;
  mailer: Mailer;
  portalUrl: string;
  consoleUrl: string;
  logger?: Logger;
  now?: () => Date;
  /** How often to look for due jobs; 2 s keeps emails prompt at one indexed query per poll. */
  pollMs?: number;
  /** How long a runner may hold a job before another may take it (a dead runner's jobs). */
  leaseMs?: number;
  /** Jobs that fail this many times stay in the table, with their error, for someone to look at. */
  maxAttempts?: number;
}

export interface JobRunner {
  /** Runs every job that is due now, one after another; resolves with how many ran (tests, and each poll). */
  runDue(): Promise<number>;
  start(): void;
  /** Stops polling and waits for the job in hand. */
  stop(): Promise<void>;
}

interface Claimed {
  id: string;
  kind: string;
  payload: Prisma.JsonValue;
  attempts: number;
}

/** 30 s, 1 min, 2 min … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, tasks, mailer, portalUrl, consoleUrl, logger } = options;
  const clock = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 10;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function claim(now: Date): Promise<Claimed | undefined> {
    const lease = new Date(now.getTime() + leaseMs);
    const rows = await db.prisma.$queryRaw<Claimed[]>`
      UPDATE "PendingJob" SET "lockedUntil" = ${lease}, "attempts" = "attempts" + 1
      WHERE "id" = (
        SELECT "id" FROM "PendingJob"
        WHERE "runAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
          AND "attempts" < ${maxAttempts}
        ORDER BY "runAt" LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "kind", "payload", "attempts"`;
    return rows[0];
  }

  async function runOne(job: Claimed, now: Date): Promise<void> {
    const task = tasks[job.kind];
    try {
      if (!task) throw new Error(`No task function for job kind "${job.kind}".`);
      await db.prisma.$transaction(
        async (tx) => {
          await task(tx, job.payload, { now, mailer, portalUrl, consoleUrl });
          await tx.pendingJob.delete({ where: { id: job.id } });
        },
        // Sending one email over SMTP can take up to the mailer's 30 s socket timeout.
        { timeout: 60_000, maxWait: 30_000 },
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Held (locked) until the retry time, so a newer job with the same key may queue meanwhile.
      const retryAt = new Date(clock().getTime() + retryDelayMs(job.attempts));
      await db.prisma.pendingJob.update({
        where: { id: job.id },
        data: { runAt: retryAt, lockedUntil: retryAt, lastError: message.slice(0, 2000) },
      });
      logger?.warn(
        { job: job.id, kind: job.kind, attempts: job.attempts, err: message },
        "job failed",
      );
    }
  }

  async function drain(): Promise<number> {
    let count = 0;
    for (;;) {
      const now = clock();
      const job = await claim(now);
      if (!job) return count;
      await runOne(job, now);
      count++;
    }
  }

  function runDue(): Promise<number> {
    // One drain at a time per runner: a poll arriving mid-drain joins it.
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      runDue()
        .catch((error: unknown) => logger?.error({ err: error }, "job runner poll failed"))
        .finally(schedule);
    }, pollMs);
    timer.unref();
  }

  return {
    runDue,
    start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
