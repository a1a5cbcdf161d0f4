import { actionData, day, personData, userData } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startApi } from "./harness.js";

/**
 * No N+1 (issue 4): the console dashboard and the family overview cost the
 * same number of SQL statements whatever the length of their lists. Prisma
 * emits one query event per statement; `db.statementCount` counts them.
 */

let api: Harness;
let parentToken: string;
beforeAll(async () => {
  api = await startApi({ staff: true });
});
afterAll(() => api.close());

const DASHBOARD = `
  query Dashboard($first: Int!) {
    people(first: $first) {
      totalCount
      edges { node {
        id name nhsNumber
        reviews { id kind status dueOn scheduledOn
          actions { id what dueOn status isOverdue owner { displayName } }
        }
      } }
    }
  }`;

const FAMILY = `
  query FamilyOverview {
    viewer { people {
      id name preferredName
      reviews { id kind status scheduledOn reportDueOn }
      actions { id what plainWhat dueOn status isOverdue daysOverdue owner { displayName } }
    } }
  }`;

let made = 0;
/** People on the harness commissioner's caseload, each with 2 reviews of 3 actions. */
async function addPeople(count: number, parentId?: string) {
  const { prisma } = api.db;
  const org = api.staff?.organisationId ?? "";
  const owner = await prisma.user.create({ data: userData(`owner-${made}`) });
  for (let i = 0; i < count; i++) {
    made += 1;
    const person = await prisma.person.create({
      data: personData(1000 + made, { name: `Dash ${made}` }),
    });
    await prisma.caseloadAssignment.create({
      data: {
        personId: person.id,
        organisationId: org,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    });
    if (parentId) {
      await prisma.relationship.create({
        data: {
          personId: person.id,
          userId: parentId,
          kind: "PARENT_CARER",
          hasParentalResponsibility: true,
          startedOn: day("2012-01-01"),
        },
      });
    }
    for (let r = 0; r < 2; r++) {
      const review = await prisma.review.create({
        data: {
          personId: person.id,
          kind: "COMMUNITY",
          status: "SCHEDULED",
          enquirySetting: "COMMUNITY",
          commissioningOrganisationId: org,
          dueOn: day("2026-12-01"),
        },
      });
      await prisma.action.createMany({
        data: [0, 1, 2].map((a) =>
          actionData(
            { reviewId: review.id, personId: person.id, ownerId: owner.id },
            { dueOn: day(a === 0 ? "2026-01-01" : "2027-06-01") },
          ),
        ),
      });
    }
  }
}

async function statementsFor(query: string, variables: Record<string, unknown>, as?: string) {
  // Warm up once (session touch, caches), then take the fewest of three: the rate limiter
  // prunes its table on a random 1 in 100 requests, which is housekeeping, not this query.
  await api.gql(query, variables, { as });
  let fewest = Number.POSITIVE_INFINITY;
  let data: unknown;
  for (let i = 0; i < 3; i++) {
    const before = api.db.statementCount;
    const { body } = await api.gql(query, variables, { as });
    expect(body.errors).toBeUndefined();
    fewest = Math.min(fewest, api.db.statementCount - before);
    data = body.data;
  }
  return { statements: fewest, data };
}

describe("SQL statements per request do not grow with the data", () => {
  it("the console dashboard: 5 people vs 50 people × 2 reviews × 3 actions", async () => {
    await addPeople(5);
    const small = await statementsFor(DASHBOARD, { first: 50 });
    await addPeople(45);
    const large = await statementsFor(DASHBOARD, { first: 50 });
    const edges = (large.data as { people: { edges: unknown[] } }).people.edges;
    expect(edges).toHaveLength(50);
    expect(JSON.stringify(large.data).match(/"isOverdue":true/g)).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(15);
  });

  it("the family overview: a parent carer of 1 child vs 4 children", async () => {
    const parent = await api.db.prisma.user.create({ data: userData("many-children") });
    parentToken = await api.signIn(parent.id);
    await addPeople(1, parent.id);
    const one = await statementsFor(FAMILY, {}, parentToken);
    await addPeople(3, parent.id);
    const four = await statementsFor(FAMILY, {}, parentToken);
    expect((four.data as { viewer: { people: unknown[] } }).viewer.people).toHaveLength(4);
    expect(four.statements).toBe(one.statements);
  });
});
