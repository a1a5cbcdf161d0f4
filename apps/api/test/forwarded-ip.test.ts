import { createTestDatabase, type TestDatabase } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITS } from "../src/limits/policy.js";
import { loopbackApps } from "./loopback-apps.js";

/**
 * The portal and console call the API from their servers and forward the
 * browser's address as X-Forwarded-For (@cetr/web-server). The API must count
 * sign-in requests per browser when that hop is trusted — by default, the
 * web apps on the same machine (loopback) — and ignore the header from
 * anyone it does not trust, so nobody can pick a fresh bucket per request.
 * Each app gets its own database: the untrusted ones all count as 127.0.0.1.
 */
const databases: TestDatabase[] = [];
const apps = loopbackApps();
const savedTrustProxy = process.env.TRUST_PROXY;

beforeAll(() => {
  // The default comes from TRUST_PROXY; these tests are about the default.
  delete process.env.TRUST_PROXY;
});
afterAll(async () => {
  if (savedTrustProxy === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = savedTrustProxy;
  await apps.stopAll();
  for (const db of databases) await db.close();
});

/** An API over a fresh database, listening on loopback (as beside `pnpm start`'s web apps). */
async function startApp(trustProxy?: boolean | number | string): Promise<string> {
  const db = await createTestDatabase();
  databases.push(db);
  const origin = await apps.start({
    db,
    // Only the sign-in limits are under test; the production values.
    rateLimits: {},
    ...(trustProxy === undefined ? {} : { trustProxy }),
  });
  return `${origin}/graphql`;
}

const REQUEST = `mutation($input: RequestSignInInput!) {
  requestSignIn(input: $input) { sent errors { code } }
}`;
let nextEmail = 1;

/** One sign-in request for a fresh address (so only the per-IP limit can bite). */
async function requestSignIn(url: string, forwardedFor?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({
      query: REQUEST,
      variables: {
        input: { email: `forwarded-${nextEmail++}@cetr.example`, browserSecret: "b".repeat(40) },
      },
    }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null };
}

/** Uses up the per-IP sign-in allowance from one forwarded address. */
async function exhaust(url: string, forwardedFor: string) {
  for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) {
    expect((await requestSignIn(url, forwardedFor)).status).toBe(200);
  }
  expect(await requestSignIn(url, forwardedFor)).toEqual({ status: 429, code: "RATE_LIMITED" });
}

describe("the browser's address forwarded by the web apps", () => {
  it("gets its own per-IP sign-in bucket when it comes from loopback, by default", async () => {
    const url = await startApp();
    await exhaust(url, "203.0.113.10");
    // Another browser behind the same portal is not held up by the first.
    expect((await requestSignIn(url, "203.0.113.11")).status).toBe(200);
    // And the portal's own address (no header) has its own bucket too.
    expect((await requestSignIn(url)).status).toBe(200);
  });

  it("only the address the trusted hop appended counts, not one the browser made up", async () => {
    const url = await startApp("loopback");
    await exhaust(url, "203.0.113.20");
    // A browser that prepends a made-up address is still counted as itself.
    expect(await requestSignIn(url, "192.0.2.99, 203.0.113.20")).toEqual({
      status: 429,
      code: "RATE_LIMITED",
    });
  });

  it("is ignored from a peer the API does not trust, so it cannot dodge the limit", async () => {
    for (const trust of [false, "10.0.0.0/8"] as const) {
      const url = await startApp(trust);
      await exhaust(url, "203.0.113.30");
      // A different header makes no difference: everyone here is the peer, 127.0.0.1.
      expect(await requestSignIn(url, "203.0.113.31")).toEqual({
        status: 429,
        code: "RATE_LIMITED",
      });
    }
  });
});
