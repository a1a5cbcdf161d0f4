import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

let api: Harness;
let world: World;
let tokens: Record<string, string>;
let clientId = "";

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const client = await api.db.prisma.apiClient.create({
    data: {
      name: "Northshire Case Records",
      secretHash: "x",
      scopes: ["people:read"],
      organisationIds: [world.orgA.id],
    },
  });
  clientId = client.id;
  // Fixed history in 2020, so filters and paging have known rows to find.
  const { commissioner } = world.users;
  await api.db.prisma.auditEvent.createMany({
    data: [
      {
        at: new Date("2020-03-01T10:00:00.000Z"),
        actorKind: "USER",
        actorId: commissioner.id,
        actingAs: "STAFF:COMMISSIONER",
        personId: world.pat.id,
        operation: "createAction",
        outcome: "ALLOWED",
        targetType: "Action",
        targetId: "a1",
      },
      {
        at: new Date("2020-03-02T10:00:00.000Z"),
        actorKind: "PARTNER_CLIENT",
        actorRef: client.id,
        actingAs: "PARTNER",
        personId: world.pat.id,
        operation: "read",
        outcome: "ALLOWED",
        detail: { operationName: "Sync", targets: { Person: [world.pat.id], Review: ["r1"] } },
      },
      {
        at: new Date("2020-03-03T10:00:00.000Z"),
        actorKind: "SYSTEM",
        actorRef: "anonymous",
        actingAs: "anonymous",
        personId: world.pat.id,
        operation: "read:PROFILE",
        outcome: "DENIED",
        targetType: "Person",
        targetId: world.pat.id,
      },
      // Someone else's record: never in Pat's trail.
      {
        at: new Date("2020-03-02T11:00:00.000Z"),
        actorKind: "USER",
        actorId: commissioner.id,
        actingAs: "STAFF:COMMISSIONER",
        personId: world.quinn.id,
        operation: "read",
        outcome: "ALLOWED",
        detail: { operationName: null, targets: { Person: [world.quinn.id] } },
      },
    ],
  });
});
afterAll(() => api.close());

interface Entry {
  at: string;
  actorKind: string;
  actor: { displayName: string } | null;
  actorName: string;
  actingAs: string;
  operation: string;
  outcome: string;
  what: string;
}
interface Trail {
  person: {
    auditTrail: {
      totalCount: number;
      edges: { cursor: string; node: Entry }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  } | null;
}

const TRAIL = `
  query Trail($id: ID!, $first: Int, $after: String, $last: Int, $before: String,
              $outcome: AuditOutcome, $actorKind: ActorKind, $from: Date, $to: Date,
              $excludeMine: Boolean) {
    person(id: $id) {
      auditTrail(first: $first, after: $after, last: $last, before: $before,
                 outcome: $outcome, actorKind: $actorKind, from: $from, to: $to,
                 excludeMine: $excludeMine) {
        totalCount
        edges { cursor node { at actorKind actor { displayName } actorName actingAs operation outcome what } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }`;

async function trail(role: string | null, variables: Record<string, unknown> = {}) {
  const { body } = await api.gql<Trail>(
    TRAIL,
    { id: globalId("Person", world.pat.id), ...variables },
    { as: role ? tokens[role] : null },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.person?.auditTrail ?? null;
}

describe("Person.auditTrail", () => {
  it("shows staff the reads they and others made, newest first, in plain words", async () => {
    // The person's own look and a coordinator's look at reviews, recorded as reads.
    await api.gql(
      `query Mine($id: ID!) { person(id: $id) { name } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.self },
    );
    await api.gql(
      `query CoordinatorLook($id: ID!) { person(id: $id) { name } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.coordinator },
    );
    const t = await trail("commissioner", { first: 50 });
    expect(t).not.toBeNull();
    const nodes = t?.edges.map((e) => e.node) ?? [];
    const ats = nodes.map((n) => n.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(nodes[0]).toMatchObject({
      actorName: "coordinator",
      actor: { displayName: "coordinator" },
      actingAs: "STAFF:CARE_COORDINATOR",
      operation: "read",
      outcome: "ALLOWED",
      what: "Looked at: profile",
    });
    expect(nodes.find((n) => n.actorName === "self")).toMatchObject({
      actingAs: "SELF",
      what: "Looked at: profile",
    });
    expect(nodes.at(-1)).toMatchObject({
      actorName: "commissioner",
      actorKind: "USER",
      what: "Changed: createAction",
    });
    expect(nodes.find((n) => n.actorKind === "PARTNER_CLIENT")).toMatchObject({
      actor: null,
      actorName: "Northshire Case Records",
      what: "Looked at: profile, reviews",
    });
    expect(nodes.find((n) => n.outcome === "DENIED")).toMatchObject({
      actorName: "Someone not signed in",
      what: "Tried to look at: profile (refused)",
    });
    expect(t?.totalCount).toBe(nodes.length);
    expect(clientId).not.toBe("");
  });

  it("records looking at the trail itself", async () => {
    await trail("commissioner", { first: 1 });
    const t = await trail("commissioner", { first: 1 });
    expect(t?.edges[0]?.node).toMatchObject({
      actorName: "commissioner",
      what: "Looked at: profile, who looked at the record",
    });
  });

  it.each(["self", "parentWithPr", "coordinator"])("%s sees the trail", async (role) => {
    const t = await trail(role, { first: 5 });
    expect(t?.totalCount).toBeGreaterThan(3);
    expect(t?.edges).toHaveLength(5);
  });

  it.each(["advocateShared"])(
    "%s sees the person but an empty trail, and the refusal is recorded",
    async (role) => {
      const t = await trail(role, { first: 5 });
      expect(t).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: {
          hasNextPage: false,
          hasPreviousPage: false,
          startCursor: null,
          endCursor: null,
        },
      });
      const denial = await api.db.prisma.auditEvent.findFirst({
        where: {
          personId: world.pat.id,
          actorId: world.users[role as "advocateShared"].id,
          operation: "read:AUDIT",
          outcome: "DENIED",
        },
      });
      expect(denial).toMatchObject({ targetType: "AuditTrail", targetId: world.pat.id });
    },
  );

  it.each(["outsiderStaff", "stranger", "parentWithoutPr"])("%s cannot reach it", async (role) => {
    expect(await trail(role)).toBeNull();
  });

  it("filters by outcome, actor kind and England days", async () => {
    const denied = await trail("commissioner", { outcome: "DENIED", to: "2020-12-31" });
    expect(denied?.edges.map((e) => e.node.what)).toEqual(["Tried to look at: profile (refused)"]);
    const partner = await trail("commissioner", { actorKind: "PARTNER_CLIENT" });
    expect(partner?.totalCount).toBe(1);
    const day = await trail("commissioner", { from: "2020-03-01", to: "2020-03-02" });
    expect(day?.edges.map((e) => e.node.operation)).toEqual(["read", "createAction"]);
    expect(day?.totalCount).toBe(2);
    // 2020-03-01T10:00Z is 1 March in London; 2 March alone excludes it.
    const one = await trail("commissioner", { from: "2020-03-02", to: "2020-03-02" });
    expect(one?.totalCount).toBe(1);
  });

  it("pages forwards and backwards with stable cursors", async () => {
    const filter = { to: "2020-12-31" };
    const p1 = await trail("commissioner", { ...filter, first: 2 });
    expect(p1?.edges.map((e) => e.node.operation)).toEqual(["read:PROFILE", "read"]);
    expect(p1?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await trail("commissioner", { ...filter, first: 2, after: p1?.pageInfo.endCursor });
    expect(p2?.edges.map((e) => e.node.operation)).toEqual(["createAction"]);
    expect(p2?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await trail("commissioner", {
      ...filter,
      last: 2,
      before: p2?.pageInfo.startCursor,
    });
    expect(back?.edges.map((e) => e.node.operation)).toEqual(["read:PROFILE", "read"]);
    expect(back?.totalCount).toBe(3);
  });

  it("tells a family who acted for which organisation, and what they touched, for their own wording", async () => {
    const { body } = await api.gql<{
      person: {
        auditTrail: {
          edges: {
            node: {
              actorName: string;
              actingAs: string;
              actingFor: string | null;
              targetTypes: string[];
            };
          }[];
        };
      } | null;
    }>(
      `query($id: ID!) { person(id: $id) { auditTrail(first: 100, to: "2020-12-31") {
        edges { node { actorName actingAs actingFor targetTypes } } } } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.parentWithPr },
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.person?.auditTrail.edges.map((e) => e.node) ?? [];
    expect(nodes).toEqual([
      {
        actorName: "Someone not signed in",
        actingAs: "anonymous",
        actingFor: null,
        targetTypes: ["Person"],
      },
      {
        actorName: "Northshire Case Records",
        actingAs: "PARTNER",
        actingFor: null,
        targetTypes: ["Person", "Review"],
      },
      {
        actorName: "commissioner",
        actingAs: "STAFF:COMMISSIONER",
        actingFor: world.orgA.name,
        targetTypes: ["Action"],
      },
    ]);
    // Family looks are recorded in the role they looked in, with no organisation.
    const own = await api.gql<{
      person: { auditTrail: { edges: { node: { actingAs: string; actingFor: string | null } }[] } };
    }>(
      `query($id: ID!) { person(id: $id) { auditTrail(first: 1) { edges { node { actingAs actingFor } } } } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.self },
    );
    // The newest entry is the parent carer's look above (a look is recorded as it is answered).
    expect(own.body.data?.person.auditTrail.edges[0]?.node).toEqual({
      actingAs: "PARENT_CARER",
      actingFor: null,
    });
  });

  it.each([
    ["self", true],
    ["parentWithPr", true],
    ["commissioner", true],
    ["advocateShared", false],
  ] as const)(
    "tells %s whether they may read the trail (%s), without recording a refusal",
    async (role, may) => {
      const userId = world.users[role].id;
      const denials = () =>
        api.db.prisma.auditEvent.count({
          where: { personId: world.pat.id, actorId: userId, operation: "read:AUDIT" },
        });
      const before = await denials();
      const { body } = await api.gql<{ person: { mayReadAuditTrail: boolean } }>(
        `query($id: ID!) { person(id: $id) { mayReadAuditTrail } }`,
        { id: globalId("Person", world.pat.id) },
        { as: tokens[role] },
      );
      expect(body.data?.person.mayReadAuditTrail).toBe(may);
      expect(await denials()).toBe(before);
    },
  );

  it("leaves out the reader's own looks when asked, keeping partners and the system", async () => {
    // The parent carer looks twice (each look is recorded), then asks for everyone else's.
    await trail("parentWithPr", { first: 1 });
    const all = await trail("parentWithPr", { first: 50 });
    const mine = all?.edges.filter((e) => e.node.actorName === "parentWithPr").length ?? 0;
    expect(mine).toBeGreaterThan(0);
    const others = await trail("parentWithPr", { first: 50, excludeMine: true });
    expect(others?.edges.some((e) => e.node.actorName === "parentWithPr")).toBe(false);
    expect(others?.edges.map((e) => e.node.actorKind)).toEqual(
      expect.arrayContaining(["PARTNER_CLIENT", "SYSTEM", "USER"]),
    );
    // Its own look at the trail is recorded after it answers, so the two counts differ by `mine`.
    expect(others?.totalCount).toBe((all?.totalCount ?? 0) - mine);
  });

  it.each([
    ["self", ["SELF"]],
    ["parentWithPr", ["PARENT_CARER"]],
    ["commissioner", ["STAFF:COMMISSIONER"]],
    ["stranger", []],
  ] as const)("tells %s the roles they see the person in", async (role, roles) => {
    const { body } = await api.gql<{ person: { yourRoles: string[] } | null }>(
      `query($id: ID!) { person(id: $id) { yourRoles } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens[role] },
    );
    if (roles.length === 0) expect(body.data?.person).toBeNull();
    else expect(body.data?.person?.yourRoles).toEqual(roles);
  });

  it("refuses pages over 100 and forged cursors", async () => {
    const big = await api.gql(
      `query($id: ID!) { person(id: $id) { auditTrail(first: 101) { totalCount } } }`,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.commissioner },
    );
    expect(big.body.errors?.[0]?.message).toMatch(/between 1 and 100/);
    const forged = await api.gql(
      TRAIL,
      { id: globalId("Person", world.pat.id), after: Buffer.from("[1]").toString("base64url") },
      { as: tokens.commissioner },
    );
    expect(forged.body.errors?.[0]?.message).toMatch(/not a cursor/);
  });
});
