import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { organisationData } from "@cetr/db/testing";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startApi } from "./harness.js";

/**
 * Staff sign-in through OpenID Connect against a real provider (oidc-provider,
 * in this process, on a free port), driven through its development login and
 * consent pages with plain fetch: openid-client does the real discovery, PKCE,
 * code exchange, ID token and userinfo checks.
 */

const CALLBACK = "http://localhost:3001/sign-in/oidc/callback";
const CLIENT_ID = "cetr-console";
const CLIENT_SECRET = "a-test-secret-that-is-long-enough-for-hs256-000";
// Unique per run: PostgreSQL test databases may outlive a run, and ODS codes are unique.
const ODS = `T${Date.now().toString(36).toUpperCase()}`;
const UNKNOWN_ODS = `U${Date.now().toString(36).toUpperCase()}`;

type Claims = Record<string, unknown>;
const accounts: Record<string, Claims> = {
  "new-commissioner": {
    email: "Dana.Okafor@Northvale-ICB.example.org",
    email_verified: true,
    name: "Dana Okafor",
    org_ods: [ODS, UNKNOWN_ODS],
    cetr_role: "COMMISSIONER",
  },
  "no-memberships": {
    email: "sam.lee@elsewhere.example.org",
    email_verified: true,
    name: "Sam Lee",
  },
  unverified: {
    email: "unverified@northvale-icb.example.org",
    email_verified: false,
    name: "Not Verified",
    org_ods: ODS,
    cetr_role: "COMMISSIONER",
  },
};

let idp: Server;
let issuer: string;
let api: Harness;
const OIDC_ENV = {
  LOG_LEVEL: "silent",
  OIDC_ISSUER: "",
  OIDC_CLIENT_ID: CLIENT_ID,
  OIDC_CLIENT_SECRET: CLIENT_SECRET,
  OIDC_SCOPES: "openid email profile cetr",
  OIDC_PROVIDER_NAME: "Test Identity",
  OIDC_REDIRECT_URIS: `https://console.example/other, ${CALLBACK}`,
  OIDC_ORGANISATION_CLAIM: "org_ods",
  OIDC_ROLE_CLAIM: "cetr_role",
};
const savedEnv = Object.fromEntries(Object.keys(OIDC_ENV).map((k) => [k, process.env[k]]));

beforeAll(async () => {
  idp = createServer();
  await new Promise<void>((resolve) => idp.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [CALLBACK],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
      cetr: ["org_ods", "cetr_role"],
    },
    findAccount: (_ctx, sub) => {
      const claims = accounts[sub];
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes only to keep the provider from printing a notice for each default.
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    cookies: { keys: ["test-cookie-signing-key"] },
  });
  idp.on("request", provider.callback());

  // The API reads its OIDC settings at call time, so setting them before startApi is enough.
  Object.assign(process.env, OIDC_ENV, { OIDC_ISSUER: issuer });
  api = await startApi();
  await api.db.prisma.organisation.create({
    data: organisationData("oidc", { name: "NHS Northvale ICB", odsCode: ODS }),
  });
});

afterAll(async () => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await api?.close();
  await new Promise((resolve) => idp?.close(resolve));
});

const START = /* GraphQL */ `
  mutation ($input: StartOidcSignInInput!) {
    startOidcSignIn(input: $input) {
      authorizationUrl
      errors { field code message }
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation ($input: CompleteOidcSignInInput!) {
    completeOidcSignIn(input: $input) {
      token
      expiresAt
      returnTo
      errors { field code message }
    }
  }
`;

type Start = {
  startOidcSignIn: {
    authorizationUrl: string | null;
    errors: { field: string; code: string; message: string }[];
  };
};
type Complete = {
  completeOidcSignIn: {
    token: string | null;
    expiresAt: string | null;
    returnTo: string | null;
    errors: { field: string; code: string; message: string }[];
  };
};

async function start(redirectUri = CALLBACK, returnTo: string | null = "/people?page=2") {
  const { body } = await api.gql<Start>(START, { input: { redirectUri, returnTo } }, { as: null });
  expect(body.errors).toBeUndefined();
  return body.data?.startOidcSignIn;
}

async function complete(callbackUrl: string) {
  const { body } = await api.gql<Complete>(COMPLETE, { input: { callbackUrl } }, { as: null });
  expect(body.errors).toBeUndefined();
  const payload = body.data?.completeOidcSignIn;
  if (!payload) throw new Error("no payload");
  return payload;
}

/**
 * Plays the browser: follows redirects by hand, keeps the provider's cookies,
 * and submits the login and consent forms, until the provider sends the
 * browser back to the callback. Returns that callback URL.
 */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  let next: { url: string; body?: URLSearchParams } = { url: authorizationUrl };
  for (let step = 0; step < 20; step++) {
    const response = await fetch(next.url, {
      method: next.body ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(next.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(next.body ? { body: next.body } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      const target = new URL(location, next.url).href;
      if (target.startsWith(CALLBACK)) return target;
      next = { url: target };
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`provider answered ${response.status}: ${html}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no form on the provider's page: ${html}`);
    next = {
      url: new URL(action.replaceAll("&amp;", "&"), next.url).href,
      body: new URLSearchParams(
        prompt === "login" ? { prompt, login, password: "any" } : { prompt },
      ),
    };
  }
  throw new Error("the provider never sent the browser back");
}

async function signInThrough(login: string) {
  const started = await start();
  expect(started?.errors).toEqual([]);
  const url = started?.authorizationUrl;
  if (!url) throw new Error("no authorization URL");
  return signInAtProvider(url, login);
}

const VIEWER = /* GraphQL */ `
  {
    viewer {
      kind
      user { displayName email }
      memberships { role organisation { odsCode } }
    }
  }
`;

describe("staff sign-in through OpenID Connect", () => {
  it("tells the sign-in page which methods are on", async () => {
    const { body } = await api.gql(
      `{ signInMethods { demo oidc oidcProviderName } }`,
      {},
      {
        as: null,
      },
    );
    expect(body.data).toEqual({
      signInMethods: { demo: true, oidc: true, oidcProviderName: "Test Identity" },
    });
  });

  it("starts with PKCE (S256), state and nonce, stored for ten minutes", async () => {
    const started = await start();
    const url = new URL(started?.authorizationUrl ?? "");
    expect(url.origin).toBe(issuer);
    const q = url.searchParams;
    expect(q.get("client_id")).toBe(CLIENT_ID);
    expect(q.get("redirect_uri")).toBe(CALLBACK);
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(q.get("scope")).toBe("openid email profile cetr");
    const stored = await api.db.prisma.oidcAuthRequest.findUnique({
      where: { id: q.get("state") ?? "" },
    });
    expect(stored?.nonce).toBe(q.get("nonce"));
    expect(stored?.returnTo).toBe("/people?page=2");
    expect(stored?.usedAt).toBeNull();
    const ttl = (stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0);
    expect(ttl).toBeGreaterThan(9 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(10 * 60 * 1000 + 1000);
  });

  it("creates a new user, maps the membership from the claims and opens a working session", async () => {
    const callback = await signInThrough("new-commissioner");
    const done = await complete(callback);
    expect(done.errors).toEqual([]);
    expect(done.returnTo).toBe("/people?page=2");
    expect(done.token).toMatch(/^\S+$/);
    expect(new Date(done.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());

    const { body } = await api.gql(VIEWER, {}, { as: done.token });
    expect(body.data).toEqual({
      viewer: {
        kind: "USER",
        user: { displayName: "Dana Okafor", email: "dana.okafor@northvale-icb.example.org" },
        memberships: [{ role: "COMMISSIONER", organisation: { odsCode: ODS } }],
      },
    });
    const session = await api.db.prisma.session.findFirst({
      where: { user: { email: "dana.okafor@northvale-icb.example.org" } },
    });
    expect(session?.method).toBe("oidc");

    // Signing in again finds the same user (case-insensitively) and adds no duplicate membership.
    const again = await complete(await signInThrough("new-commissioner"));
    expect(again.errors).toEqual([]);
    expect(
      await api.db.prisma.user.count({
        where: { email: { equals: "dana.okafor@northvale-icb.example.org", mode: "insensitive" } },
      }),
    ).toBe(1);
    const second = await api.gql(VIEWER, {}, { as: again.token });
    expect(second.body.data).toEqual(body.data);
  });

  it("gives a user without memberships a session that sees nothing", async () => {
    const done = await complete(await signInThrough("no-memberships"));
    expect(done.errors).toEqual([]);
    const { body } = await api.gql(VIEWER, {}, { as: done.token });
    expect(body.data).toEqual({
      viewer: {
        kind: "USER",
        user: { displayName: "Sam Lee", email: "sam.lee@elsewhere.example.org" },
        memberships: [],
      },
    });
  });

  it("refuses a replayed state: each sign-in completes once", async () => {
    const callback = await signInThrough("no-memberships");
    const first = await complete(callback);
    expect(first.errors).toEqual([]);
    const replay = await complete(callback);
    expect(replay.token).toBeNull();
    expect(replay.errors).toEqual([
      {
        field: "callbackUrl",
        code: "FORBIDDEN",
        message: "The sign-in did not complete: please try again",
      },
    ]);
  });

  it("refuses two completions racing with the same state, but for one", async () => {
    const callback = await signInThrough("no-memberships");
    const results = await Promise.all([complete(callback), complete(callback)]);
    expect(results.filter((r) => r.token !== null)).toHaveLength(1);
  });

  it("refuses an expired state", async () => {
    const callback = await signInThrough("new-commissioner");
    const state = new URL(callback).searchParams.get("state") ?? "";
    await api.db.prisma.oidcAuthRequest.update({
      where: { id: state },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const done = await complete(callback);
    expect(done.token).toBeNull();
    expect(done.errors[0]?.message).toBe("The sign-in did not complete: please try again");
  });

  it("refuses an unknown or missing state and a callback that is not a URL", async () => {
    for (const url of [
      `${CALLBACK}?code=abc&state=not-one-we-issued`,
      `${CALLBACK}?code=abc`,
      "not a url",
    ]) {
      const done = await complete(url);
      expect(done.token).toBeNull();
      expect(done.errors).toHaveLength(1);
    }
  });

  it("refuses a redirect URI that is not on the allow-list", async () => {
    const started = await start("https://evil.example/sign-in/oidc/callback");
    expect(started?.authorizationUrl).toBeNull();
    expect(started?.errors).toEqual([
      {
        field: "redirectUri",
        code: "INVALID_CHOICE",
        message: "This address is not one the sign-in may return to",
      },
    ]);
  });

  it("keeps returnTo on the console: another site becomes /", async () => {
    for (const returnTo of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const started = await start(CALLBACK, returnTo);
      const state = new URL(started?.authorizationUrl ?? "").searchParams.get("state") ?? "";
      const stored = await api.db.prisma.oidcAuthRequest.findUnique({ where: { id: state } });
      expect(stored?.returnTo).toBe("/");
    }
  });

  it("refuses an email address the provider has not verified", async () => {
    const done = await complete(await signInThrough("unverified"));
    expect(done.token).toBeNull();
    expect(done.errors[0]?.message).toBe("The sign-in did not complete: please try again");
    expect(
      await api.db.prisma.user.count({
        where: { email: "unverified@northvale-icb.example.org" },
      }),
    ).toBe(0);
  });

  it("refuses a callback whose code was tampered with, without saying why", async () => {
    const callback = new URL(await signInThrough("new-commissioner"));
    callback.searchParams.set("code", "forged");
    const done = await complete(callback.href);
    expect(done.token).toBeNull();
    expect(done.errors[0]?.message).toBe("The sign-in did not complete: please try again");
  });

  it("is off without issuer, client id and secret: refused, and the sign-in page is told", async () => {
    const { OIDC_ISSUER, OIDC_CLIENT_SECRET } = process.env;
    delete process.env.OIDC_ISSUER;
    delete process.env.OIDC_CLIENT_SECRET;
    try {
      const methods = await api.gql(
        `{ signInMethods { demo oidc oidcProviderName } }`,
        {},
        {
          as: null,
        },
      );
      expect(methods.body.data).toEqual({
        signInMethods: { demo: true, oidc: false, oidcProviderName: null },
      });
      const started = await start();
      expect(started?.authorizationUrl).toBeNull();
      expect(started?.errors).toEqual([
        {
          field: "input",
          code: "FORBIDDEN",
          message: "Sign-in with OpenID Connect is not set up on this server",
        },
      ]);
      const done = await complete(`${CALLBACK}?code=abc&state=xyz`);
      expect(done.token).toBeNull();
      expect(done.errors[0]?.field).toBe("input");
    } finally {
      Object.assign(process.env, { OIDC_ISSUER, OIDC_CLIENT_SECRET });
    }
  });
});
