import { createTestDatabase, type TestDatabase } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTrustProxy } from "../src/env.js";
import { checkSignInLimits, RATE_LIMITS, rateLimits } from "../src/limits/policy.js";
import {
  consumeRateLimit,
  limitKey,
  pruneRateLimitBuckets,
  stricter,
} from "../src/limits/rate-limit.js";

/** The shared counter itself, on whichever database DATABASE_URL selects (PGlite by default). */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const T0 = new Date("2026-11-23T10:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

async function bucketRows() {
  return db.prisma.rateLimitBucket.findMany({ orderBy: { key: "asc" } });
}

describe("consumeRateLimit", () => {
  it("allows up to the limit in a window, then refuses with the seconds left", async () => {
    const key = limitKey("test:basic", "a");
    for (let i = 0; i < 3; i++) {
      expect(await consumeRateLimit(db, key, 3, MINUTE, at(i * 1000))).toEqual({
        allowed: true,
        retryAfterSeconds: 0,
      });
    }
    // 10.5 s into a 60 s window: 49.5 s left, rounded up to whole seconds.
    expect(await consumeRateLimit(db, key, 3, MINUTE, at(10_500))).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
    });
    // Never 0 while refused, even in the last moment of the window.
    expect(await consumeRateLimit(db, key, 3, MINUTE, at(MINUTE - 1))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it("starts a new window once the old one has passed", async () => {
    const key = limitKey("test:reset", "a");
    expect((await consumeRateLimit(db, key, 1, MINUTE, at(0))).allowed).toBe(true);
    expect((await consumeRateLimit(db, key, 1, MINUTE, at(30_000))).allowed).toBe(false);
    // Exactly when the window ends, the next request opens a fresh one.
    expect(await consumeRateLimit(db, key, 1, MINUTE, at(MINUTE))).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
    const refused = await consumeRateLimit(db, key, 1, MINUTE, at(MINUTE + 15_000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 45 });
    const row = await db.prisma.rateLimitBucket.findUnique({ where: { key } });
    expect(row).toMatchObject({ count: 2, windowStart: at(MINUTE) });
  });

  it("counts concurrent calls exactly: 50 at once with a limit of 10 allow 10", async () => {
    const key = limitKey("test:concurrent", "a");
    const results = await Promise.all(
      Array.from({ length: 50 }, () => consumeRateLimit(db, key, 10, MINUTE, at(0))),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterSeconds === 60)).toBe(true);
    const row = await db.prisma.rateLimitBucket.findUnique({ where: { key } });
    expect(row?.count).toBe(50);
  });

  it("keeps separate keys apart", async () => {
    const a = limitKey("test:separate", "a");
    const b = limitKey("test:separate", "b");
    expect((await consumeRateLimit(db, a, 1, MINUTE, at(0))).allowed).toBe(true);
    expect((await consumeRateLimit(db, b, 1, MINUTE, at(0))).allowed).toBe(true);
    expect((await consumeRateLimit(db, a, 1, MINUTE, at(0))).allowed).toBe(false);
  });

  it("refuses a key too long to be anything but a mistake", async () => {
    await expect(consumeRateLimit(db, "x".repeat(500), 1, MINUTE, at(0))).rejects.toThrow(
      /limitKey/,
    );
  });
});

describe("limitKey", () => {
  it("stores a SHA-256 of the value, never the value", () => {
    expect(limitKey("sign-in:email", "someone@example.nhs.uk")).toMatch(
      /^sign-in:email:[0-9a-f]{64}$/,
    );
    expect(limitKey("k", "a")).not.toBe(limitKey("k", "b"));
    expect(limitKey("k", "a".repeat(10_000)).length).toBe(66);
  });
});

describe("checkSignInLimits", () => {
  it("limits per address (whatever its case) and per IP, and never stores the address", async () => {
    const email = "Jo.Bloggs@Example.NHS.uk";
    const limits = {
      signInPerEmail: { limit: 2, windowMs: 15 * MINUTE },
      signInPerIp: { limit: 3, windowMs: 15 * MINUTE },
    };
    const ip = "203.0.113.7";
    expect(await checkSignInLimits(db, { email, ip }, at(0), limits)).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
    expect(
      (await checkSignInLimits(db, { email: ` ${email.toLowerCase()} `, ip }, at(0), limits))
        .allowed,
    ).toBe(true);
    // Third for the address: refused by the address bucket, 15 minutes less 1 s.
    expect(await checkSignInLimits(db, { email, ip }, at(1000), limits)).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60 - 1,
    });
    // Another address from the same IP: the IP's fourth, refused.
    expect(
      (await checkSignInLimits(db, { email: "other@example.nhs.uk", ip }, at(2000), limits))
        .allowed,
    ).toBe(false);
    // The same address from elsewhere is still over its own limit.
    expect(
      (await checkSignInLimits(db, { email, ip: "198.51.100.1" }, at(3000), limits)).allowed,
    ).toBe(false);

    const dump = JSON.stringify(await bucketRows()).toLowerCase();
    expect(dump).not.toContain("jo.bloggs");
    expect(dump).not.toContain("example.nhs.uk");
    expect(dump).not.toContain("203.0.113.7");
    expect(dump).toContain(limitKey("sign-in:email", "jo.bloggs@example.nhs.uk"));
  });

  it("uses the documented production limits by default", async () => {
    expect(RATE_LIMITS.signInPerEmail).toEqual({ limit: 5, windowMs: 15 * MINUTE });
    const email = "default@example.nhs.uk";
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await checkSignInLimits(db, { email, ip: "192.0.2.9" }, at(i)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
  });
});

describe("stricter", () => {
  it("refuses if any refuses, with the longest wait", () => {
    expect(stricter({ allowed: true, retryAfterSeconds: 0 })).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
    expect(
      stricter(
        { allowed: false, retryAfterSeconds: 5 },
        { allowed: true, retryAfterSeconds: 0 },
        { allowed: false, retryAfterSeconds: 30 },
      ),
    ).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });
});

describe("pruneRateLimitBuckets", () => {
  it("deletes only buckets whose window began long ago", async () => {
    const old = limitKey("test:prune", "old");
    const recent = limitKey("test:prune", "recent");
    const later = at(3 * 24 * 60 * MINUTE);
    await consumeRateLimit(db, old, 5, MINUTE, at(0));
    await consumeRateLimit(db, recent, 5, MINUTE, new Date(later.getTime() - 60 * MINUTE));
    const deleted = await pruneRateLimitBuckets(db, later);
    expect(deleted).toBeGreaterThanOrEqual(1);
    const keys = (await bucketRows()).map((r) => r.key);
    expect(keys).not.toContain(old);
    expect(keys).toContain(recent);
  });
});

describe("TRUST_PROXY", () => {
  it("trusts only loopback (the web apps' servers) unless set, and takes Express's forms", () => {
    expect(readTrustProxy({})).toBe("loopback");
    expect(readTrustProxy({ TRUST_PROXY: "false" })).toBe(false);
    expect(readTrustProxy({ TRUST_PROXY: "true" })).toBe(true);
    expect(readTrustProxy({ TRUST_PROXY: " 2 " })).toBe(2);
    expect(readTrustProxy({ TRUST_PROXY: "loopback, 10.0.0.0/8" })).toBe("loopback, 10.0.0.0/8");
  });
});

describe("rateLimits", () => {
  it("is the production values with overrides, and lifts the HTTP limits only for unconfigured test apps", () => {
    const production = { NODE_ENV: "production" };
    expect(rateLimits(undefined, production)).toEqual(RATE_LIMITS);
    expect(rateLimits({ apiPerSession: { limit: 2, windowMs: MINUTE } }, production)).toEqual({
      ...RATE_LIMITS,
      apiPerSession: { limit: 2, windowMs: MINUTE },
    });
    expect(rateLimits({}, { NODE_ENV: "test" })).toEqual(RATE_LIMITS);
    const lifted = rateLimits(undefined, { NODE_ENV: "test" });
    expect(lifted.apiPerSession.limit).toBeGreaterThan(100_000);
    expect(lifted.signInPerEmail).toEqual(RATE_LIMITS.signInPerEmail);
  });
});
