import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

let api: Harness;
let world: World;
let tokens: Record<string, string>;
beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const PERSON = `query($id: ID!) { person(id: $id) { name } }`;

describe("who may read a person's profile (§26, §33, issue 4)", () => {
  const cases: [role: string, sees: boolean][] = [
    ["commissioner", true],
    ["coordinator", true],
    ["self", true],
    ["parentWithPr", true],
    ["parentWithoutPr", false],
    ["advocateShared", true],
    ["advocateNotShared", false],
    ["clinicianB", false],
    ["outsiderStaff", false],
    ["panelMember", false],
    ["stranger", false],
  ];
  it.each(cases)("%s → %s", async (role, sees) => {
    const { body } = await api.gql<{ person: { name: string } | null }>(
      PERSON,
      { id: globalId("Person", world.pat.id) },
      { as: tokens[role] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.person).toEqual(sees ? { name: world.pat.name } : null);
  });

  it("anonymous callers get nothing, and the attempt is audited", async () => {
    const { body } = await api.gql(PERSON, { id: globalId("Person", world.pat.id) });
    expect(body.data?.person).toBeNull();
    const denied = await api.db.prisma.auditEvent.findFirst({
      where: { outcome: "DENIED", targetId: world.pat.id, actorRef: "anonymous" },
    });
    expect(denied).not.toBeNull();
  });

  it("anonymous callers are told to sign in for lists", async () => {
    const { body } = await api.gql(`{ people(first: 5) { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
