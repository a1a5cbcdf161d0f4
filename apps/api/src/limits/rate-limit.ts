import { createHash } from "node:crypto";
import type { Database } from "@cetr/db";

export interface RateLimitResult {
  allowed: boolean;
  /** Whole seconds until the window resets (for Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * A bucket key: `kind` names the limit (e.g. "sign-in:email") and `value` is
 * whose bucket it is. The value is always stored as its SHA-256, never in
 * clear: e-mail addresses and IP addresses are personal data and must not sit
 * in a table that is not protected like the record itself, and bearer-token
 * hashes are hashed again so this table cannot be joined to Session/ApiToken.
 * Hashing also bounds the key's length whatever a caller sends.
 */
export function limitKey(kind: string, value: string): string {
  return `${kind}:${createHash("sha256").update(value, "utf8").digest("hex")}`;
}

/** Longest key accepted as is; anything longer is a mistake (use limitKey). */
const MAX_KEY_LENGTH = 200;

/**
 * Buckets whose window began longer ago than this are deleted by the
 * periodic cleanup. It must exceed the longest window in use (policy.ts:
 * 15 minutes) so a live window is never deleted; a day leaves ample margin.
 */
export const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;
/** How often each API instance deletes spent buckets (createApp starts the timer). */
export const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Counts one event against `key` in a fixed window shared by every API
 * instance (the RateLimitBucket table). The window starts at the first event
 * after the previous window ended and lasts `windowMs`.
 *
 * One INSERT … ON CONFLICT DO UPDATE does the read, the reset and the
 * increment: PostgreSQL locks the row for the upsert, so concurrent calls
 * (from any number of instances) each see a distinct count and exactly
 * `limit` of them are allowed. Timestamps go in as ISO strings with casts so
 * that the statement behaves the same through the PGlite and pg adapters.
 */
export async function consumeRateLimit(
  db: Database,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<RateLimitResult> {
  if (key.length > MAX_KEY_LENGTH) {
    throw new Error(`Rate-limit key is ${key.length} characters long: build it with limitKey()`);
  }
  const rows = await db.query<{ count: number; windowStartMs: number }>(
    `INSERT INTO "RateLimitBucket" AS b ("key", "windowStart", "count")
     VALUES ($1, $2::timestamptz, 1)
     ON CONFLICT ("key") DO UPDATE SET
       "windowStart" = CASE WHEN b."windowStart" <= $3::timestamptz
                            THEN EXCLUDED."windowStart" ELSE b."windowStart" END,
       -- LEAST: a flood cannot overflow the int column; the count only has to stay over the limit.
       "count" = CASE WHEN b."windowStart" <= $3::timestamptz
                      THEN 1 ELSE LEAST(b."count", 2147483646) + 1 END
     RETURNING "count"::int4 AS "count",
               (EXTRACT(EPOCH FROM "windowStart") * 1000)::float8 AS "windowStartMs"`,
    [key, now.toISOString(), new Date(now.getTime() - windowMs).toISOString()],
  );
  const row = rows[0];
  if (!row) throw new Error("Rate-limit upsert returned no row");

  if (Number(row.count) <= limit) return { allowed: true, retryAfterSeconds: 0 };
  const endsAt = Number(row.windowStartMs) + windowMs;
  const seconds = Math.ceil((endsAt - now.getTime()) / 1000);
  // At least 1 (0 would invite an immediate retry); at most one window, should
  // another instance's clock have started the window a little in our future.
  return {
    allowed: false,
    retryAfterSeconds: Math.min(Math.max(1, seconds), Math.max(1, Math.ceil(windowMs / 1000))),
  };
}

/**
 * Deletes buckets whose window began more than `olderThanMs` ago (they would
 * be reset on their next use anyway). Returns how many were deleted.
 */
export async function pruneRateLimitBuckets(
  db: Database,
  now: Date,
  olderThanMs: number = PRUNE_AFTER_MS,
): Promise<number> {
  return db.prisma.$executeRawUnsafe(
    `DELETE FROM "RateLimitBucket" WHERE "windowStart" < $1::timestamptz`,
    new Date(now.getTime() - olderThanMs).toISOString(),
  );
}

/** The stricter of several results: refused if any refused, then the longest wait. */
export function stricter(...results: RateLimitResult[]): RateLimitResult {
  const refused = results.filter((r) => !r.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)),
  };
}
