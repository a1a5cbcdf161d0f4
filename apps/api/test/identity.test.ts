import { day, organisationData, personData, userData } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createApiClient,
  revokeApiClient,
  rotateApiClientSecret,
} from "../src/auth/api-clients.js";
import { hashToken } from "../src/auth/tokens.js";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../src/auth/viewer.js";
import { type Harness, startApi } from "./harness.js";

/** Sessions and partner clients (issue 4's "who is asking"; issue 5 builds sign-in on these). */

let api: Harness;
let orgId: string;
let otherOrgId: string;
beforeAll(async () => {
  api = await startApi();
  const { prisma } = api.db;
  orgId = (await prisma.organisation.create({ data: organisationData("partner-home") })).id;
  otherOrgId = (await prisma.organisation.create({ data: organisationData("partner-other") })).id;
  const person = await prisma.person.create({
    data: personData(4242, { name: "Partner Visible" }),
  });
  const hidden = await prisma.person.create({ data: personData(4243, { name: "Partner Hidden" }) });
  await prisma.caseloadAssignment.createMany({
    data: [
      {
        personId: person.id,
        organisationId: orgId,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
      {
        personId: hidden.id,
        organisationId: otherOrgId,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    ],
  });
});
afterAll(() => api.close());

async function token(clientId: string, secret: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/oauth/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`,
    },
    body: new URLSearchParams({ grant_type: "client_credentials", ...extra }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

const PEOPLE = `{ people(first: 10) { edges { node { name } } } }`;
const names = (body: { data?: { people?: { edges: { node: { name: string } }[] } } }) =>
  body.data?.people?.edges.map((e) => e.node.name);

describe("partner clients: OAuth 2.0 client credentials", () => {
  it("issues a bearer token that reaches only the granted organisations' caseloads", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "Test partner",
      scopes: ["people:read"],
      organisationIds: [orgId],
    });
    const stored = await api.db.prisma.apiClient.findUniqueOrThrow({ where: { id: client.id } });
    expect(stored.secretHash).toBe(hashToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);

    const issued = await token(client.id, secret);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      token_type: "Bearer",
      expires_in: 3600,
      scope: "people:read",
    });
    const { body } = await api.gql(PEOPLE, {}, { as: issued.body.access_token });
    expect(names(body as never)).toEqual(["Partner Visible"]);
  });

  it("a client without the scope sees nobody, even on its own caseload", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "No people scope",
      scopes: ["register:read"],
      organisationIds: [orgId],
    });
    const issued = await token(client.id, secret);
    const { body } = await api.gql(PEOPLE, {}, { as: issued.body.access_token });
    expect(names(body as never)).toEqual([]);
  });

  it("refuses a wrong secret, an unknown client and an unsupported grant the same way as RFC 6749 says", async () => {
    const { client } = await createApiClient(api.db, {
      name: "Wrong secret",
      scopes: ["people:read"],
      organisationIds: [orgId],
    });
    const wrong = await token(client.id, "cetr_cs_wrong");
    const unknown = await token("00000000-0000-0000-0000-000000000000", "cetr_cs_wrong");
    expect(wrong).toEqual({
      status: 401,
      body: { error: "invalid_client", error_description: expect.any(String) },
    });
    expect(unknown).toEqual(wrong);
    const grant = await fetch(`${api.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password&username=a&password=b",
    });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: "unsupported_grant_type" });
  });

  it("refuses scopes the client was not granted", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "Scoped",
      scopes: ["people:read"],
      organisationIds: [orgId],
    });
    const asked = await token(client.id, secret, { scope: "people:read reviews:write" });
    expect(asked).toEqual({
      status: 400,
      body: { error: "invalid_scope", error_description: expect.stringContaining("reviews:write") },
    });
  });

  it("revocation stops tokens already issued, at once", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "Revoked",
      scopes: ["people:read"],
      organisationIds: [orgId],
    });
    const issued = await token(client.id, secret);
    await revokeApiClient(api.db, client.id, new Date());
    const after = await api.gql(PEOPLE, {}, { as: issued.body.access_token });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await token(client.id, secret)).status).toBe(401);
  });

  it("rotating the secret retires the old secret and its tokens", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "Rotated",
      scopes: ["people:read"],
      organisationIds: [orgId],
    });
    const old = await token(client.id, secret);
    const rotated = await rotateApiClientSecret(api.db, client.id, new Date());
    expect((await api.gql(PEOPLE, {}, { as: old.body.access_token })).status).toBe(401);
    expect((await token(client.id, secret)).status).toBe(401);
    expect((await token(client.id, rotated.secret)).status).toBe(200);
  });

  it("an expired client cannot get or use tokens", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "Expired",
      scopes: ["people:read"],
      organisationIds: [orgId],
      expiresAt: new Date(Date.now() - 1000),
    });
    expect((await token(client.id, secret)).status).toBe(401);
  });
});

describe("sessions", () => {
  const VIEWER = `{ viewer { kind user { displayName } } }`;

  it("a session token identifies its user; a made-up one is refused with 401, not treated as anonymous", async () => {
    const user = await api.db.prisma.user.create({
      data: userData("session-user", { displayName: "Sam Session" }),
    });
    const session = await api.signIn(user.id);
    expect((await api.gql(VIEWER, {}, { as: session })).body.data).toEqual({
      viewer: { kind: "USER", user: { displayName: "Sam Session" } },
    });
    const forged = await api.gql(VIEWER, {}, { as: "cetr_s_madeup" });
    expect(forged.status).toBe(401);
    expect((await api.gql(VIEWER, {}, { as: null })).body.data).toEqual({
      viewer: { kind: "ANONYMOUS", user: null },
    });
  });

  it("ends after the idle timeout and after the absolute timeout", async () => {
    const user = await api.db.prisma.user.create({ data: userData("timeouts") });
    const idle = await api.signIn(user.id);
    await api.db.prisma.session.update({
      where: { tokenHash: hashToken(idle) },
      data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) },
    });
    expect((await api.gql(VIEWER, {}, { as: idle })).status).toBe(401);
    const old = await api.signIn(user.id);
    await api.db.prisma.session.update({
      where: { tokenHash: hashToken(old) },
      data: {
        expiresAt: new Date(Date.now() - 1),
        createdAt: new Date(Date.now() - SESSION_ABSOLUTE_MS),
      },
    });
    expect((await api.gql(VIEWER, {}, { as: old })).status).toBe(401);
  });

  it("sign out ends this session; sign out everywhere ends them all", async () => {
    const user = await api.db.prisma.user.create({ data: userData("sign-out") });
    const [a, b, c] = [
      await api.signIn(user.id),
      await api.signIn(user.id),
      await api.signIn(user.id),
    ];
    expect(
      (await api.gql(`mutation { signOut { sessionsEnded } }`, {}, { as: a })).body.data,
    ).toEqual({ signOut: { sessionsEnded: 1 } });
    expect((await api.gql(VIEWER, {}, { as: a })).status).toBe(401);
    expect((await api.gql(VIEWER, {}, { as: b })).status).toBe(200);
    expect(
      (await api.gql(`mutation { signOutEverywhere { sessionsEnded } }`, {}, { as: b })).body.data,
    ).toEqual({
      signOutEverywhere: { sessionsEnded: 2 },
    });
    expect((await api.gql(VIEWER, {}, { as: c })).status).toBe(401);
  });

  it("the demo sign-in works outside production, and only for .example accounts", async () => {
    const user = await api.db.prisma.user.create({ data: userData("demo-person") });
    const ok = await api.gql<{ demoSignIn: { token: string } }>(
      `mutation($input: DemoSignInInput!) { demoSignIn(input: $input) { token } }`,
      { input: { email: user.email } },
      { as: null },
    );
    expect(ok.body.data?.demoSignIn.token).toMatch(/^cetr_s_/);
  });
});

describe("the demo sign-in in production", () => {
  it("is refused", async () => {
    const prod = await startApi({ production: true });
    try {
      const user = await prod.db.prisma.user.create({ data: userData("prod-demo") });
      const { body } = await prod.gql(
        `mutation($input: DemoSignInInput!) { demoSignIn(input: $input) { token } }`,
        { input: { email: user.email } },
        { as: null },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const accounts = await prod.gql(`{ demoAccounts { email } }`, {}, { as: null });
      expect(accounts.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await prod.close();
    }
  });
});
