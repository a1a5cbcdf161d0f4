import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Access, VIEWER_CTE } from "../src/access/access.js";
import { AREAS, type PartnerScope } from "../src/access/areas.js";
import { AuditLog } from "../src/access/audit.js";
import type { Viewer } from "../src/auth/viewer.js";
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

describe("the raw people lists (ADR 0017) keep peopleWhere's rules", () => {
  it("selects exactly the people peopleWhere selects, both ways, for every viewer and every area", async () => {
    const now = new Date();
    const viewers: Viewer[] = [
      { kind: "anonymous" },
      ...Object.values(world.users).map(
        (user): Viewer => ({ kind: "user", userId: user.id, sessionId: "test" }),
      ),
      ...[new Set<PartnerScope>(["people:read"]), new Set<PartnerScope>()].map(
        (scopes): Viewer => ({
          kind: "partner",
          clientId: "test",
          clientName: "Test",
          scopes,
          organisationIds: [world.orgA.id],
        }),
      ),
    ];
    let nonEmpty = 0;
    for (const viewer of viewers) {
      const access = new Access(api.db, viewer, now, new AuditLog(viewer, undefined, now));
      for (const area of AREAS) {
        const viaPrisma = await api.db.prisma.person.findMany({
          where: await access.peopleWhere(area),
          select: { id: true },
          orderBy: { id: "asc" },
        });
        const visible = await access.visiblePeopleSql(area);
        const viaSql = await api.db.query<{ id: string }>(
          `WITH ${VIEWER_CTE} SELECT p.id FROM "Person" p, viewer v WHERE ${visible.where} ORDER BY p.id`,
          visible.params,
        );
        // The same people as a subquery of ids (for lists of rows about people).
        const viaIds = await api.db.query<{ id: string }>(
          `WITH ${VIEWER_CTE} SELECT DISTINCT x.id FROM ${visible.ids} AS x(id) ORDER BY x.id`,
          visible.params,
        );
        expect({ viewer: viewer.kind, area, ids: viaSql.map((r) => r.id) }).toEqual({
          viewer: viewer.kind,
          area,
          ids: viaPrisma.map((r) => r.id),
        });
        expect({ viewer: viewer.kind, area, ids: viaIds.map((r) => r.id) }).toEqual({
          viewer: viewer.kind,
          area,
          ids: viaPrisma.map((r) => r.id),
        });
        if (viaSql.length) nonEmpty++;
      }
    }
    // The comparison means something only if many viewers see someone.
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
