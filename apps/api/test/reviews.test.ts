import { day } from "@cetr/db/testing";
import { addDays, londonCalendarDate, QUALITY_STANDARDS } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

let api: Harness;
let world: World;
let tokens: Record<string, string>;
/** A scheduled inpatient review of Pat with the world's panel member on its panel. */
let review: { id: string };
const today = londonCalendarDate(new Date());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1] ?? "";

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  review = await api.db.prisma.review.create({
    data: {
      personId: world.pat.id,
      kind: "INPATIENT",
      status: "SCHEDULED",
      enquirySetting: "INPATIENT",
      commissioningOrganisationId: world.orgA.id,
      dueOn: day(addDays(today, 30)),
      scheduledOn: day(addDays(today, 20)),
    },
  });
  await api.db.prisma.panelMember.create({
    data: { reviewId: review.id, userId: world.users.panelMember.id, role: "CLINICAL_EXPERT" },
  });
});
afterAll(() => api.close());

const NODE = `query($id: ID!) { node(id: $id) { ... on Review { id status
  panel { role user { displayName } }
  consents { purpose answer }
} } }`;

type NodeResult = { node: { id: string; status: string; panel: { role: string }[] } | null };

const RECORD_CONSENT = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { consent { id purpose answer basis } errors { field code message } }
}`;

describe("who sees a review, its panel and consents", () => {
  it.each([
    ["commissioner", true],
    ["coordinator", true],
    ["self", true],
    ["parentWithPr", true],
    ["advocateShared", true],
    ["parentWithoutPr", false],
    ["advocateNotShared", false],
    ["clinicianB", false],
    ["outsiderStaff", false],
    ["stranger", false],
  ])("%s → %s", async (role, sees) => {
    const { body } = await api.gql<NodeResult>(
      NODE,
      { id: gid("Review", review.id) },
      { as: tokens[role] },
    );
    expect(body.errors).toBeUndefined();
    if (sees)
      expect(body.data?.node?.panel).toEqual([
        { role: "CLINICAL_EXPERT", user: { displayName: "panelMember" } },
      ]);
    else expect(body.data?.node).toBeNull();
  });

  it("a panel member sees the review only once consent is recorded, and only until the report is sent (§7.2.1)", async () => {
    const before = await api.gql<NodeResult>(
      NODE,
      { id: gid("Review", review.id) },
      { as: tokens.panelMember },
    );
    expect(before.body.data?.node).toBeNull();
    const denied = await api.db.prisma.auditEvent.findMany({
      where: { actorId: world.users.panelMember.id, outcome: "DENIED", targetId: review.id },
    });
    expect(denied.length).toBeGreaterThan(0);

    const recorded = await api.gql<{ recordConsent: { errors: unknown[] } }>(
      RECORD_CONSENT,
      {
        input: {
          personId: gid("Person", world.pat.id),
          reviewId: gid("Review", review.id),
          purpose: "REVIEW",
          answer: "GIVEN",
          basis: "PERSON_WITH_CAPACITY",
          decidedOn: today,
        },
      },
      { as: tokens.coordinator },
    );
    expect(recorded.body.data?.recordConsent.errors).toEqual([]);

    const during = await api.gql<NodeResult & { node: { consents: unknown[] } }>(
      NODE,
      { id: gid("Review", review.id) },
      { as: tokens.panelMember },
    );
    expect(during.body.errors).toBeUndefined();
    expect(during.body.data?.node?.status).toBe("SCHEDULED");
    expect(during.body.data?.node?.consents).toEqual([{ purpose: "REVIEW", answer: "GIVEN" }]);

    await api.db.prisma.report.create({
      data: {
        reviewId: review.id,
        authorId: world.users.commissioner.id,
        body: "Report",
        draftedAt: new Date(),
        sentAt: new Date(),
      },
    });
    const after = await api.gql<NodeResult>(
      NODE,
      { id: gid("Review", review.id) },
      { as: tokens.panelMember },
    );
    expect(after.body.data?.node).toBeNull();
  });

  it("Person.consents shows the decisions the viewer may see; a stranger's ID lookup shows nothing", async () => {
    const query = `query($id: ID!) { person(id: $id) { consents { purpose answer withdrawnAt } } }`;
    const { body } = await api.gql<{ person: { consents: { purpose: string }[] } | null }>(
      query,
      { id: gid("Person", world.pat.id) },
      { as: tokens.coordinator },
    );
    expect(body.data?.person?.consents.map((c) => c.purpose).sort()).toEqual([
      "REVIEW",
      "SHARE_WITH_ADVOCATE",
    ]);
    const stranger = await api.gql<{ person: unknown }>(
      query,
      { id: gid("Person", world.pat.id) },
      { as: tokens.stranger },
    );
    expect(stranger.body.data?.person).toBeNull();
  });
});

const LIST = `query($first: Int, $after: String, $status: [ReviewState!], $overdue: Boolean,
  $dueBefore: Date, $organisationId: ID) {
  reviews(first: $first, after: $after, status: $status, overdue: $overdue, dueBefore: $dueBefore,
    organisationId: $organisationId) {
    totalCount
    edges { cursor node { id status dueOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type ListResult = {
  reviews: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; status: string; dueOn: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe("the reviews list", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const make = (status: "PLANNED" | "HELD" | "CLOSED", dueOn: string | null) =>
      api.db.prisma.review.create({
        data: {
          personId: world.pat.id,
          kind: "INPATIENT",
          status,
          enquirySetting: "INPATIENT",
          commissioningOrganisationId: world.orgA.id,
          dueOn: dueOn ? day(dueOn) : null,
        },
      });
    ids.overdue = (await make("PLANNED", addDays(today, -10))).id;
    ids.heldLate = (await make("HELD", addDays(today, -5))).id;
    ids.undated = (await make("PLANNED", null)).id;
    ids.later = (await make("CLOSED", addDays(today, 60))).id;
    // Quinn is on another organisation's caseload: never in Org A's lists.
    await api.db.prisma.review.create({
      data: {
        personId: world.quinn.id,
        kind: "COMMUNITY",
        status: "PLANNED",
        enquirySetting: "COMMUNITY",
        commissioningOrganisationId: world.other.id,
        dueOn: day(addDays(today, -3)),
      },
    });
  });

  it("orders by due date (undated last) then id, with totalCount", async () => {
    const { body } = await api.gql<ListResult>(LIST, {}, { as: tokens.coordinator });
    expect(body.errors).toBeUndefined();
    expect(body.data?.reviews.totalCount).toBe(5);
    expect(body.data?.reviews.edges.map((e) => rawId(e.node.id))).toEqual([
      ids.overdue,
      ids.heldLate,
      review.id,
      ids.later,
      ids.undated,
    ]);
  });

  it("pages with keyset cursors, across the undated tail", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 6; i++) {
      const response: { body: { data?: ListResult } } = await api.gql<ListResult>(
        LIST,
        { first: 2, after },
        { as: tokens.coordinator },
      );
      const page: ListResult["reviews"] | undefined = response.body.data?.reviews;
      seen.push(...(page?.edges ?? []).map((e) => rawId(e.node.id)));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.overdue, ids.heldLate, review.id, ids.later, ids.undated]);
  });

  it("pages backwards with last/before", async () => {
    const query = `query($last: Int, $before: String) { reviews(last: $last, before: $before) {
      edges { node { id } } pageInfo { hasPreviousPage startCursor } } }`;
    type Back = {
      reviews: {
        edges: { node: { id: string } }[];
        pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
      };
    };
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 6; i++) {
      const response: { body: { data?: Back } } = await api.gql<Back>(
        query,
        { last: 2, before },
        { as: tokens.coordinator },
      );
      const page: Back["reviews"] | undefined = response.body.data?.reviews;
      seen.unshift(...(page?.edges ?? []).map((e) => rawId(e.node.id)));
      if (!page?.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual([ids.overdue, ids.heldLate, review.id, ids.later, ids.undated]);
  });

  it("filters: overdue, status, dueBefore, organisation", async () => {
    const run = async (vars: Record<string, unknown>) => {
      const { body } = await api.gql<ListResult>(LIST, vars, { as: tokens.commissioner });
      expect(body.errors).toBeUndefined();
      return {
        ids: body.data?.reviews.edges.map((e) => rawId(e.node.id)),
        total: body.data?.reviews.totalCount,
      };
    };
    expect(await run({ overdue: true })).toEqual({ ids: [ids.overdue], total: 1 });
    expect((await run({ overdue: false })).total).toBe(4);
    expect((await run({ status: ["HELD", "CLOSED"] })).ids).toEqual([ids.heldLate, ids.later]);
    expect((await run({ dueBefore: today })).ids).toEqual([ids.overdue, ids.heldLate]);
    expect((await run({ organisationId: gid("Organisation", world.other.id) })).total).toBe(0);
    expect((await run({ organisationId: gid("Organisation", world.orgA.id) })).total).toBe(5);
  });

  it("shows other people's reviews to nobody else, and refuses pages over 100", async () => {
    const outsider = await api.gql<ListResult>(LIST, {}, { as: tokens.outsiderStaff });
    expect(outsider.body.data?.reviews.totalCount).toBe(1);
    expect(outsider.body.data?.reviews.edges).toHaveLength(1);
    const stranger = await api.gql<ListResult>(LIST, {}, { as: tokens.stranger });
    expect(stranger.body.data?.reviews).toMatchObject({ totalCount: 0, edges: [] });
    const big = await api.gql(LIST, { first: 101 }, { as: tokens.coordinator });
    expect(big.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await api.gql(LIST, { after: "nonsense" }, { as: tokens.coordinator });
    expect(forged.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await api.gql(LIST, {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("computed fields cost a constant number of statements however many reviews (no N+1)", async () => {
    const query = `query($first: Int) { reviews(first: $first) { edges { node {
      status nextState nextStates blockers { code section }
      transitions { to allowed }
      qualityStandards { id status }
      panel { role } invitations { invitee } consents { purpose } actions { what }
    } } } }`;
    const cost = async (first: number) => {
      const before = api.db.statementCount;
      const { body } = await api.gql<{ reviews: { edges: unknown[] } }>(
        query,
        { first },
        { as: tokens.coordinator },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.reviews.edges).toHaveLength(first);
      return api.db.statementCount - before;
    };
    expect(await cost(5)).toBe(await cost(2));
  });
});

const COMPUTED = `query($id: ID!) { node(id: $id) { ... on Review {
  status nextState nextStates
  blockers { code rule section message field }
  transitions { to allowed blockers { code } }
  qualityStandards { id principle title status reason section }
} } }`;
type Computed = {
  node: {
    status: string;
    nextState: string | null;
    nextStates: string[];
    blockers: { code: string; rule: string; section: string; message: string }[];
    transitions: { to: string; allowed: boolean; blockers: { code: string }[] }[];
    qualityStandards: { id: string; status: string; title: string; reason: string }[];
  };
};

describe("blockers, next states and quality standards come from the domain", () => {
  let r: string;
  beforeAll(async () => {
    r = (
      await api.db.prisma.review.create({
        data: {
          personId: world.pat.id,
          kind: "INPATIENT",
          status: "SCHEDULED",
          enquirySetting: "INPATIENT",
          commissioningOrganisationId: world.orgA.id,
        },
      })
    ).id;
  });

  const computed = async () => {
    const { body } = await api.gql<Computed>(
      COMPUTED,
      { id: gid("Review", r) },
      {
        as: tokens.commissioner,
      },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.node as Computed["node"];
  };

  it("a scheduled review with no consent and no panel cannot be held", async () => {
    const c = await computed();
    expect(c.nextState).toBe("HELD");
    const codes = c.blockers.map((b) => b.code);
    expect(codes).toContain("NO_CONSENT_BASIS");
    expect(codes).toContain("PANEL_INCOMPLETE");
    expect(c.blockers.find((b) => b.code === "PANEL_INCOMPLETE")?.section).toMatch(/§7\.2\.1/);
    expect(c.nextStates.sort()).toEqual(["DECLINED", "WITHDRAWN"]);
    expect(c.transitions.find((t) => t.to === "HELD")?.allowed).toBe(false);
    const s12 = c.qualityStandards.find((s) => s.id === "1.2");
    expect(s12?.status).toBe("UNMET");
    expect(c.qualityStandards.find((s) => s.id === "5.1")?.status).toBe("UNKNOWN");
    expect(c.qualityStandards).toHaveLength(QUALITY_STANDARDS.length);
  });

  it("with consent and a full, declared, trained panel it can be held", async () => {
    await api.db.prisma.consentRecord.create({
      data: {
        personId: world.pat.id,
        reviewId: r,
        purpose: "REVIEW",
        answer: "GIVEN",
        basis: "PERSON_WITH_CAPACITY",
        decidedOn: day(today),
        recordedById: world.users.coordinator.id,
      },
    });
    const seat = (userId: string, role: "CHAIR" | "EXPERT_BY_EXPERIENCE" | "CLINICAL_EXPERT") =>
      api.db.prisma.panelMember.create({
        data: {
          reviewId: r,
          userId,
          role,
          conflictDeclaredAt: new Date(),
          hasConflict: false,
          trainingCompletedOn: day("2025-01-01"),
        },
      });
    await seat(world.users.commissioner.id, "CHAIR");
    await seat(world.users.panelMember.id, "EXPERT_BY_EXPERIENCE");
    await seat(world.users.clinicianB.id, "CLINICAL_EXPERT");
    const c = await computed();
    expect(c.blockers).toEqual([]);
    expect(c.nextStates).toContain("HELD");
    expect(c.qualityStandards.find((s) => s.id === "1.2")).toMatchObject({ status: "MET" });
    expect(c.qualityStandards.find((s) => s.id === "5.1")).toMatchObject({ status: "MET" });
    expect(c.qualityStandards.find((s) => s.id === "5.6")).toMatchObject({ status: "MET" });
  });
});
