import { DEMO_STORY, seedDemoData } from "@cetr/db";
import { actionData, day, organisationData, personData, userData } from "@cetr/db/testing";
import { testRangeNhsNumber } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADVOCATE_READ, type Area, FAMILY_READ } from "../src/access/areas.js";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import { GUARDS } from "../src/schema/guard.js";
import { schema } from "../src/schema/index.js";
import { type Harness, startApi } from "./harness.js";

/**
 * The attack matrix (issue 4): every attacker × every guarded node type ×
 * every way to reach a row — node, nodes, tampered global IDs, edges from a
 * person they may partly see, forged cursors — must be denied, and every
 * denial of a row must leave an audit entry. Node types are read from the
 * guard registry, so a new type is attacked without anyone editing this file.
 */

let api: Harness;
type Attacker = {
  name: string;
  token: string | null;
  actor: { actorId?: string; actorRef?: string };
};
const attackers: Attacker[] = [];
/** Every row of every guarded type in the demo world: typename → ids. */
const rows = new Map<string, string[]>();

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

beforeAll(async () => {
  api = await startApi();
  const { prisma } = api.db;
  await seedDemoData(prisma);

  const elsewhere = await prisma.organisation.create({ data: organisationData("elsewhere") });
  const started = day("2024-01-01");
  const user = (n: string) => prisma.user.create({ data: userData(`attacker-${n}`) });

  const outsider = await user("outsider-commissioner");
  await prisma.membership.create({
    data: {
      userId: outsider.id,
      organisationId: elsewhere.id,
      role: "COMMISSIONER",
      startedOn: started,
    },
  });
  const stranger = await user("stranger");
  // A real parent, of someone else: parental responsibility does not travel.
  const otherParent = await user("other-parent");
  const otherChild = await prisma.person.create({
    data: personData(777, { nhsNumber: testRangeNhsNumber(777) }),
  });
  await prisma.relationship.create({
    data: {
      personId: otherChild.id,
      userId: otherParent.id,
      kind: "PARENT_CARER",
      hasParentalResponsibility: true,
      startedOn: started,
    },
  });
  // A member of staff who used to be on the right team: the membership has ended.
  const former = await user("former-member");
  const icb = await prisma.organisation.findFirstOrThrow({ where: { odsCode: "DEMO-ICB" } });
  await prisma.membership.create({
    data: {
      userId: former.id,
      organisationId: icb.id,
      role: "COMMISSIONER",
      startedOn: started,
      endedOn: day("2025-01-01"),
    },
  });

  const now = new Date();
  // Staff of another organisation named as the owner of ONE demo action (ADR 0041):
  // that action, its updates and questions are theirs to read; nothing else of the person.
  const owner = await user("action-owner");
  await prisma.membership.create({
    data: { userId: owner.id, organisationId: elsewhere.id, role: "CLINICIAN", startedOn: started },
  });
  const demoReview = await prisma.review.findFirstOrThrow({ orderBy: { id: "asc" } });
  const owned = await prisma.action.create({
    data: actionData(
      { reviewId: demoReview.id, personId: demoReview.personId, ownerId: owner.id },
      { what: "The one action the owner may see" },
    ),
  });
  const ownedUpdate = await prisma.actionUpdate.create({
    data: { actionId: owned.id, authorId: owner.id, at: now, note: "Started" },
  });
  const ownedQuestion = await prisma.actionQuestion.create({
    data: { actionId: owned.id, askedById: owner.id, askedAt: now, question: "Has this happened?" },
  });
  const ownersOwn = new Set([owned.id, ownedUpdate.id, ownedQuestion.id]);

  const partner = async (name: string, scopes: string[], organisationIds: string[]) => {
    const { client, secret } = await createApiClient(api.db, {
      name,
      scopes: scopes as never,
      organisationIds,
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, now);
    if (!issued.ok) throw new Error(issued.description);
    return { token: issued.accessToken, clientId: client.id };
  };
  const everyScope = [
    "people:read",
    "register:read",
    "requests:read",
    "reviews:read",
    "discharge:read",
    "restricted:read",
  ];
  const noScopes = await partner("no scopes", [], [icb.id]);
  const otherOrg = await partner("other organisation", everyScope, [elsewhere.id]);

  attackers.push(
    { name: "anonymous", token: null, actor: { actorRef: "anonymous" } },
    {
      name: "staff of another organisation",
      token: await api.signIn(outsider.id),
      actor: { actorId: outsider.id },
    },
    {
      name: "a signed-in stranger",
      token: await api.signIn(stranger.id),
      actor: { actorId: stranger.id },
    },
    {
      name: "a parent of someone else",
      token: await api.signIn(otherParent.id),
      actor: { actorId: otherParent.id },
    },
    {
      name: "a former member of staff",
      token: await api.signIn(former.id),
      actor: { actorId: former.id },
    },
    {
      name: "the owner of one action, of another organisation",
      token: await api.signIn(owner.id),
      actor: { actorId: owner.id },
    },
    {
      name: "a partner with no scopes",
      token: noScopes.token,
      actor: { actorRef: noScopes.clientId },
    },
    {
      name: "a partner for another organisation",
      token: otherOrg.token,
      actor: { actorRef: otherOrg.clientId },
    },
  );

  for (const typename of GUARDS.keys()) {
    const model = (
      prisma as unknown as Record<string, { findMany: (a: object) => Promise<{ id: string }[]> }>
    )[lcFirst(typename)];
    if (!model) throw new Error(`no Prisma model for guarded type ${typename}`);
    const found = await model.findMany({ select: { id: true } });
    // Rows of the attackers' own world are theirs to see; the matrix is about the demo's.
    rows.set(
      typename,
      found.map((r) => r.id).filter((id) => id !== otherChild.id && !ownersOwn.has(id)),
    );
  }
});
afterAll(() => api.close());

async function deniedAudited(attacker: Attacker, type: string, id: string) {
  const found = await api.db.prisma.auditEvent.findFirst({
    where: { outcome: "DENIED", targetType: type, targetId: id, ...attacker.actor },
  });
  return found !== null;
}

describe("the attack matrix", () => {
  it("covers every guarded node type, each with demo rows to attack", () => {
    const empty = [...rows].filter(([, ids]) => ids.length === 0).map(([t]) => t);
    expect(GUARDS.size).toBeGreaterThanOrEqual(3);
    // A type with no demo rows is not attacked: the seed must have one of each.
    expect(empty).toEqual([]);
  });

  it("node(id): null for every row, and each denial is audited", async () => {
    const failures: string[] = [];
    for (const attacker of attackers) {
      for (const [type, ids] of rows) {
        for (const id of ids.slice(0, 3)) {
          const { body } = await api.gql(
            `query($id: ID!) { node(id: $id) { id } }`,
            { id: gid(type, id) },
            { as: attacker.token },
          );
          if (body.data?.node !== null)
            failures.push(`${attacker.name} read ${type} ${id} via node`);
          if (!(await deniedAudited(attacker, type, id)))
            failures.push(`${attacker.name}: no audit for ${type} ${id}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("nodes(ids): all null for every row of every type", async () => {
    const failures: string[] = [];
    for (const attacker of attackers) {
      for (const [type, ids] of rows) {
        const { body } = await api.gql<{ nodes: unknown[] }>(
          `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
          { ids: ids.map((id) => gid(type, id)) },
          { as: attacker.token },
        );
        const leaked = (body.data?.nodes ?? []).filter((n) => n !== null);
        if (leaked.length)
          failures.push(`${attacker.name} read ${leaked.length} ${type} via nodes`);
        const last = ids.at(-1);
        if (last && !(await deniedAudited(attacker, type, last)))
          failures.push(`${attacker.name}: no audit for ${type} via nodes`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("tampered global IDs (a row's id under another type's name, or not a UUID) reveal nothing", async () => {
    const types = [...rows.keys()];
    const failures: string[] = [];
    const token = attackers[1]?.token ?? null;
    for (const [type, ids] of rows) {
      const id = ids[0];
      if (!id) continue;
      for (const other of types.filter((t) => t !== type)) {
        const { body } = await api.gql(
          `query($id: ID!) { node(id: $id) { id } }`,
          { id: gid(other, id) },
          { as: token },
        );
        if (body.data?.node != null) failures.push(`${type} id read as ${other}`);
      }
    }
    for (const forged of [
      gid("Person", "not-a-uuid"),
      gid("Nope", "00000000-0000-0000-0000-000000000000"),
    ]) {
      const { body } = await api.gql(
        `query($id: ID!) { node(id: $id) { id } }`,
        { id: forged },
        { as: token },
      );
      expect(JSON.stringify(body)).not.toMatch(/prisma|sql|stack/i);
      if (body.data?.node) failures.push(`forged ${forged} returned data`);
    }
    expect(failures).toEqual([]);
  });

  it("lists and forged cursors: no attacker sees anyone from the demo", async () => {
    const [firstPerson] = rows.get("Person") ?? [];
    const victim = await api.db.prisma.person.findUniqueOrThrow({
      where: { id: firstPerson ?? "" },
    });
    // A cursor built by hand from a real person's name and id only moves the window: it reveals nothing.
    const forged = Buffer.from(JSON.stringify([victim.name, victim.id])).toString("base64url");
    for (const attacker of attackers.filter((a) => a.token)) {
      for (const after of [null, forged]) {
        const { body } = await api.gql<{
          people: { totalCount: number; edges: { node: { id: string } }[] };
        }>(
          `query($after: String) { people(first: 100, after: $after) { totalCount edges { node { id } } } }`,
          { after },
          { as: attacker.token },
        );
        const seen = (body.data?.people.edges ?? []).map((e) => e.node.id);
        expect(
          seen.filter((id) => rows.get("Person")?.includes(id)),
          attacker.name,
        ).toEqual([]);
        // The count is of what they may see (the other parent's own child): never the demo's.
        expect(body.data?.people.totalCount ?? 0, attacker.name).toBeLessThanOrEqual(1);
      }
    }
  });
});

/** Fields of Person that lead to a guarded node type, found from the schema. */
function personEdges(): { field: string; type: string }[] {
  const person = schema.getType("Person") as unknown as {
    getFields(): Record<string, { type: unknown; args: unknown[] }>;
  };
  return Object.entries(person.getFields()).flatMap(([field, def]) => {
    const named = String(def.type).replace(/[[\]!]/g, "");
    return GUARDS.has(named) && named !== "Person" && def.args.length === 0
      ? [{ field, type: named }]
      : [];
  });
}

describe("edges: someone who may see part of a record sees only that part", () => {
  const partly: [role: string, email: string, person: number, allowed: ReadonlySet<Area>][] = [
    [
      "an advocate the person shared with",
      "jo.adebayo@advocacy.example",
      DEMO_STORY.communityReview,
      ADVOCATE_READ,
    ],
    [
      "a parent carer with parental responsibility",
      "sarah.morgan@family.example",
      DEMO_STORY.communityReview,
      FAMILY_READ,
    ],
    ["the young person", "alex.morgan@young.example", DEMO_STORY.communityReview, FAMILY_READ],
  ];
  it.each(partly)("%s", async (_role, email, index, allowed) => {
    const { prisma } = api.db;
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const person = await prisma.person.findUniqueOrThrow({
      where: { nhsNumber: testRangeNhsNumber(index) },
    });
    const token = await api.signIn(user.id);
    const edges = personEdges();
    expect(edges.length).toBeGreaterThanOrEqual(2);
    for (const { field, type } of edges) {
      const { body } = await api.gql<{ node: Record<string, { id: string }[]> | null }>(
        `query($id: ID!) { node(id: $id) { ... on Person { ${field} { id } } } }`,
        { id: gid("Person", person.id) },
        { as: token },
      );
      expect(body.errors, field).toBeUndefined();
      const guard = GUARDS.get(type);
      const got = (body.data?.node?.[field] ?? []).map(
        (n) => Buffer.from(n.id, "base64").toString().split(":")[1] ?? "",
      );
      // Everything returned is in an area this role may read…
      const loaded =
        (await (
          prisma as unknown as Record<
            string,
            { findMany: (a: object) => Promise<{ id: string }[]> }
          >
        )[lcFirst(type)]?.findMany({ where: { id: { in: got } } })) ?? [];
      for (const row of loaded) {
        const { area } = guard?.describe(row) ?? { area: "AUDIT" };
        expect(allowed.has(area), `${field}: ${type} in ${area}`).toBe(true);
      }
    }
  });
});

describe("mass assignment", () => {
  it("input fields the API does not offer are refused before anything runs", async () => {
    const staffToken = attackers[1]?.token ?? null;
    const { status, body } = await api.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      {
        input: {
          name: "X",
          dateOfBirth: "2010-01-01",
          nhsNumber: testRangeNhsNumber(778),
          diagnosis: "AUTISM",
          accountUserId: "00000000-0000-0000-0000-000000000000",
        },
      },
      { as: staffToken },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/accountUserId/);
  });
});

describe("ID arguments of every mutation", () => {
  /** The guarded type an input field named like `reviewId` / `planId` / `entryId` points at, if any. */
  const targetOf = (field: string): string | null => {
    const base = field.replace(/Ids?$/, "");
    if (!base || base === field) return null;
    const cap = base.charAt(0).toUpperCase() + base.slice(1);
    const types = [...GUARDS.keys()];
    return (
      types.find((t) => t === cap) ??
      types.find((t) => t.endsWith(cap) || t.startsWith(cap)) ??
      null
    );
  };

  type Named = {
    name: string;
    ofType?: Named;
    getFields?: () => Record<string, { type: Named; extensions?: Record<string, unknown> }>;
    getValues?: () => { value: unknown }[];
  };
  const unwrap = (type: Named): { named: Named; list: boolean; required: boolean } => {
    let t = type;
    let list = false;
    const required = String(type).endsWith("!");
    while (t.ofType) {
      if (String(t).startsWith("[")) list = true;
      t = t.ofType;
    }
    return { named: t, list, required };
  };

  /** A minimal input: every required field gets a plausible value; every ID field aims at the victim. */
  function minimalInput(
    type: Named,
    victims: Map<string, string>,
    depth = 0,
  ): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(type.getFields?.() ?? {})) {
      const { named, list, required } = unwrap(field.type);
      // Relay's globalID input fields say which type they take; plain IDs are guessed from the name.
      const declared = (field.extensions?.relayGlobalIDFor as { typename: string }[] | null)?.[0]
        ?.typename;
      const target = named.name === "ID" ? (declared ?? targetOf(name)) : null;
      let value: unknown;
      if (target) value = gid(target, victims.get(target) ?? "");
      else if (!required) continue;
      else if (named.name === "ID") value = gid("Person", victims.get("Person") ?? "");
      else if (named.name === "String") value = "x";
      else if (named.name === "Int" || named.name === "Float") value = 1;
      else if (named.name === "Boolean") value = false;
      else if (named.name === "Date") value = "2026-01-01";
      else if (named.name === "DateTime") value = new Date().toISOString();
      else if (named.name === "JSON") value = {};
      else if (named.getValues) value = named.getValues()[0]?.value;
      else if (named.getFields && depth < 3) value = minimalInput(named, victims, depth + 1);
      input[name] = list ? [value] : value;
    }
    return input;
  }

  /**
   * Everything an attacker could have changed, as one string (the audit trail and sessions
   * excepted, and the stored schedule: a cache any read may bring up to date, ADR 0030).
   */
  async function snapshotOfData(): Promise<string> {
    const { prisma } = api.db;
    const client = prisma as unknown as Record<
      string,
      { findMany: (a: object) => Promise<unknown[]> }
    >;
    const models = Object.keys(prisma).filter(
      (k) => !k.startsWith("$") && !k.startsWith("_") && client[k]?.findMany,
    );
    const parts: string[] = [];
    for (const model of models
      .filter(
        (m) =>
          !["auditEvent", "session", "apiToken", "rateLimitBucket", "scheduledReview"].includes(m),
      )
      .sort()) {
      // Rows in a fixed order whatever the table's key (some have a composite one).
      const rows = ((await client[model]?.findMany({})) ?? []).map((row) => JSON.stringify(row));
      parts.push(model, ...rows.sort());
    }
    return parts.join("\n");
  }

  it("no attacker changes anything through any mutation, whatever ID they pass", async () => {
    const mutation = schema.getMutationType();
    const victims = new Map([...rows].map(([type, ids]) => [type, ids[0] ?? ""]));
    const { prisma } = api.db;
    victims.set("User", (await prisma.user.findFirstOrThrow()).id);
    victims.set("Organisation", (await prisma.organisation.findFirstOrThrow()).id);
    // Only mutations that take an ID of a guarded row are attacks worth counting.
    const victimMarker = [...GUARDS.keys()].map((t) => gid(t, victims.get(t) ?? "")).join("|");
    const before = await snapshotOfData();
    const tried: string[] = [];
    const reachedResolver = new Set<string>();
    for (const field of Object.values(mutation?.getFields() ?? {})) {
      const inputArg = field.args.find((a) => a.name === "input");
      if (!inputArg || ["demoSignIn"].includes(field.name)) continue;
      const { named } = unwrap(inputArg.type as unknown as Named);
      const input = minimalInput(named, victims);
      const aimed = JSON.stringify(input);
      if (!victimMarker.split("|").some((v) => aimed.includes(v))) continue;
      tried.push(field.name);
      for (const attacker of attackers) {
        const { body } = await api.gql<Record<string, { errors?: { code: string }[] } | null>>(
          `mutation($input: ${String(inputArg.type)}) { ${field.name}(input: $input) { __typename } }`,
          { input },
          { as: attacker.token },
        );
        expect(JSON.stringify(body), `${field.name} as ${attacker.name}`).not.toMatch(
          /INTERNAL_SERVER_ERROR/,
        );
        // The attack must reach the resolver (and its guards), not stop at input validation.
        const stoppedEarly = body.errors?.some((e) =>
          ["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"].includes(String(e.extensions?.code)),
        );
        if (!stoppedEarly) reachedResolver.add(field.name);
      }
    }
    expect(tried.length).toBeGreaterThanOrEqual(5);
    expect([...tried].filter((m) => !reachedResolver.has(m))).toEqual([]);
    expect(await snapshotOfData()).toBe(before);
  });
});
