import type { Prisma } from "@cetr/db";

/**
 * Queuing a background job (ADR 0026). Always called with the transaction of
 * the change that causes the job, so the two commit or roll back together.
 */
export type Tx = Prisma.TransactionClient;

export interface EnqueueOptions {
  /** When to run it; defaults to now. */
  runAt?: Date;
  /**
   * Replaces a job with the same key that has not started yet (its payload and
   * time are overwritten), so ten quick edits to one action send one email.
   */
  key?: string;
}

export async function enqueue(
  tx: Tx,
  kind: string,
  payload: Prisma.InputJsonValue,
  { runAt, key }: EnqueueOptions = {},
): Promise<void> {
  const when = runAt ?? new Date();
  if (key === undefined) {
    await tx.pendingJob.create({ data: { kind, payload, runAt: when } });
    return;
  }
  // The key is unique among jobs no runner has taken ("lockedUntil" IS NULL, a
  // partial index): a job already running keeps its old payload and the new one
  // queues behind it, so a change made while the job runs is never missed.
  await tx.$executeRaw`
    INSERT INTO "PendingJob" ("id", "kind", "payload", "key", "runAt")
    VALUES (gen_random_uuid(), ${kind}, ${JSON.stringify(payload)}::jsonb, ${key}, ${when})
    ON CONFLICT ("key") WHERE "lockedUntil" IS NULL
    DO UPDATE SET "kind" = EXCLUDED."kind", "payload" = EXCLUDED."payload",
      "runAt" = EXCLUDED."runAt", "attempts" = 0, "lastError" = NULL`;
}

/** Queues a job only if none with this key is waiting (the daily jobs schedule themselves once). */
export async function enqueueOnce(
  tx: Tx,
  kind: string,
  payload: Prisma.InputJsonValue,
  { runAt, key }: Required<EnqueueOptions>,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "PendingJob" ("id", "kind", "payload", "key", "runAt")
    SELECT gen_random_uuid(), ${kind}, ${JSON.stringify(payload)}::jsonb, ${key}, ${runAt}
    WHERE NOT EXISTS (SELECT 1 FROM "PendingJob" WHERE "key" = ${key})
    ON CONFLICT ("key") WHERE "lockedUntil" IS NULL DO NOTHING`;
}
