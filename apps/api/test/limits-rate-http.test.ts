import {
  createTestDatabase,
  organisationData,
  type TestDatabase,
  userData,
} from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import { openSession } from "../src/auth/sessions.js";
import type { RateLimits } from "../src/limits/policy.js";
import { loopbackApps } from "./loopback-apps.js";

/**
 * The abuse limits over real HTTP. The shared harness starts one app per
 * database; these tests need several apps over one database (as several API
 * instances share one in production) and lowered limits, so they start their own.
 */
let db: TestDatabase;
const apps = loopbackApps();

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await apps.stopAll();
  await db.close();
});

const MINUTE = 60_000;
const per = (limit: number) => ({ limit, windowMs: MINUTE });

async function startApp(
  rateLimits: Partial<RateLimits>,
  trustProxy: boolean | number | string = true,
): Promise<string> {
  return apps.start({ db, rateLimits, trustProxy });
}

/** Each test speaks from its own (forwarded) address so per-IP buckets do not leak between tests. */
let nextIp = 1;
const freshIp = () => `198.51.100.${nextIp++}`;

async function gql(url: string, { token, ip }: { token?: string; ip?: string } = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(ip ? { "x-forwarded-for": ip } : {}),
    },
    body: JSON.stringify({ query: "{ viewer { kind } }" }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as {
      data?: { viewer: { kind: string } };
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

async function partnerToken(): Promise<{ clientId: string; secret: string; token: string }> {
  const org = await db.prisma.organisation.create({
    data: organisationData(`rate-${Math.random()}`),
  });
  const { client, secret } = await createApiClient(db, {
    name: "Rate-limited partner",
    scopes: ["people:read"],
    organisationIds: [org.id],
  });
  const issued = await issueAccessToken(db, client.id, secret, undefined, new Date());
  if (!issued.ok) throw new Error(issued.description);
  return { clientId: client.id, secret, token: issued.accessToken };
}

function expectRateLimited(response: Awaited<ReturnType<typeof gql>>) {
  expect(response.status).toBe(429);
  const seconds = Number(response.retryAfter);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(response.body).toEqual({
    errors: [
      {
        message: `Too many requests: try again in ${seconds} seconds`,
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
      },
    ],
  });
}

describe("/graphql", () => {
  it("limits a partner per token: 429 with Retry-After, other partners unaffected", async () => {
    const url = await startApp({ apiPerPartnerToken: per(3) });
    const a = await partnerToken();
    const b = await partnerToken();
    for (let i = 0; i < 3; i++) {
      const ok = await gql(url, { token: a.token });
      expect(ok.status).toBe(200);
      expect(ok.body.data?.viewer.kind).toBe("PARTNER");
    }
    expectRateLimited(await gql(url, { token: a.token }));
    expect((await gql(url, { token: b.token })).status).toBe(200);
  });

  it("limits a signed-in person per session", async () => {
    const url = await startApp({ apiPerSession: per(2) });
    const user = await db.prisma.user.create({ data: userData(`rate-${Math.random()}`) });
    const { token } = await openSession(db, user.id, "test", new Date());
    expect((await gql(url, { token })).body.data?.viewer.kind).toBe("USER");
    expect((await gql(url, { token })).status).toBe(200);
    expectRateLimited(await gql(url, { token }));
  });

  it("limits anonymous calls per IP, and never limits /healthz or /readyz", async () => {
    const url = await startApp({ apiAnonymousPerIp: per(2) });
    const ip = freshIp();
    expect((await gql(url, { ip })).body.data?.viewer.kind).toBe("ANONYMOUS");
    expect((await gql(url, { ip })).status).toBe(200);
    expectRateLimited(await gql(url, { ip }));
    // Another address has its own bucket.
    expect((await gql(url, { ip: freshIp() })).status).toBe(200);
    // A token this API could not have issued does not buy a fresh bucket: it counts per IP.
    expectRateLimited(await gql(url, { ip, token: "made-up" }));
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    }
  });

  it("shares the counts between two API instances over one database", async () => {
    const limits = { apiPerPartnerToken: per(4), apiAnonymousPerIp: per(3) };
    const first = await startApp(limits);
    const second = await startApp(limits);
    const { token } = await partnerToken();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await gql(i % 2 ? second : first, { token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);

    const ip = freshIp();
    expect((await gql(first, { ip })).status).toBe(200);
    expect((await gql(second, { ip })).status).toBe(200);
    expect((await gql(first, { ip })).status).toBe(200);
    expectRateLimited(await gql(second, { ip }));
  });

  it("ignores X-Forwarded-For unless a proxy is trusted, so it cannot be used to dodge the limit", async () => {
    const url = await startApp({ apiAnonymousPerIp: per(2) }, false);
    expect((await gql(url, { ip: freshIp() })).status).toBe(200);
    expect((await gql(url, { ip: freshIp() })).status).toBe(200);
    expectRateLimited(await gql(url, { ip: freshIp() }));
  });

  it("stores no token, token hash or address in the buckets", async () => {
    const url = await startApp({});
    const { token } = await partnerToken();
    await gql(url, { token, ip: "192.0.2.200" });
    await gql(url, { ip: "192.0.2.201" });
    const tokens = await db.prisma.apiToken.findMany({ select: { tokenHash: true } });
    const dump = JSON.stringify(await db.prisma.rateLimitBucket.findMany());
    expect(dump).not.toContain(token);
    for (const { tokenHash } of tokens) expect(dump).not.toContain(tokenHash);
    expect(dump).not.toContain("192.0.2.20");
  });
});

describe("/oauth/token", () => {
  async function tokenRequest(
    url: string,
    {
      clientId,
      secret,
      ip,
      inBody = false,
    }: { clientId: string; secret: string; ip: string; inBody?: boolean },
  ) {
    const response = await fetch(`${url}/oauth/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": ip,
        ...(inBody
          ? {}
          : { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}` }),
      },
      body: inBody
        ? new URLSearchParams({
            grant_type: "client_credentials",
            client_id: clientId,
            client_secret: secret,
          }).toString()
        : "grant_type=client_credentials",
    });
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      cacheControl: response.headers.get("cache-control"),
      body: (await response.json()) as Record<string, unknown>,
    };
  }

  it("limits per IP, right secret or wrong, with the OAuth error shape", async () => {
    const url = await startApp({ oauthTokenPerIp: per(3) });
    const { clientId, secret } = await partnerToken();
    const ip = freshIp();
    expect((await tokenRequest(url, { clientId, secret: "wrong", ip })).status).toBe(401);
    expect((await tokenRequest(url, { clientId, secret: "wrong", ip })).status).toBe(401);
    expect((await tokenRequest(url, { clientId, secret, ip })).status).toBe(200);
    const refused = await tokenRequest(url, { clientId, secret, ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.cacheControl).toBe("no-store");
    expect(refused.body).toEqual({
      error: "slow_down",
      error_description: `Too many token requests: try again in ${refused.retryAfter} seconds`,
    });
    // Another address is not held up.
    expect((await tokenRequest(url, { clientId, secret, ip: freshIp() })).status).toBe(200);
  });

  it("limits per client id, whether it comes in Basic auth or the form body", async () => {
    const url = await startApp({ oauthTokenPerClient: per(2) });
    const a = await partnerToken();
    const b = await partnerToken();
    expect((await tokenRequest(url, { ...a, ip: freshIp() })).status).toBe(200);
    expect((await tokenRequest(url, { ...a, ip: freshIp(), inBody: true })).status).toBe(200);
    const refused = await tokenRequest(url, { ...a, ip: freshIp(), inBody: true });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe("slow_down");
    expect((await tokenRequest(url, { ...a, ip: freshIp() })).status).toBe(429);
    expect((await tokenRequest(url, { ...b, ip: freshIp() })).status).toBe(200);
  });
});
