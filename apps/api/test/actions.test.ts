import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import {
  type ActionsWorld,
  buildActionsWorld,
  globalId,
  rel,
  signInAll,
} from "./actions-fixture.js";
import { type Harness, startApi } from "./harness.js";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are ad-hoc JSON
type Data = Record<string, any>;

let api: Harness;
let w: ActionsWorld;
let tokens: Record<string, string>;
beforeAll(async () => {
  api = await startApi();
  w = await buildActionsWorld(api.db);
  tokens = await signInAll(api, w);
});
afterAll(() => api.close());

const gql = async (role: string, query: string, variables: Record<string, unknown> = {}) => {
  const { body } = await api.gql<Data>(query, variables, { as: tokens[role] });
  return body;
};

describe("the family's view of actions and reports", () => {
  it("a parent with parental responsibility reads Pat's actions, overdue flagged", async () => {
    const body = await gql(
      "parentWithPr",
      `query($id: ID!) { person(id: $id) { actions { what isOverdue daysOverdue status
        owner { displayName } updates { note } } } }`,
      { id: globalId("Person", w.pat.id) },
    );
    expect(body.errors).toBeUndefined();
    const actions = body.data?.person.actions as Data[];
    expect(actions.map((a) => a.what)).toEqual([
      "Done action",
      "Overdue action",
      "Future action",
      "Update the risk plan",
    ]);
    const overdue = actions.find((a) => a.what === "Overdue action");
    expect(overdue).toMatchObject({ isOverdue: true, daysOverdue: 10, status: "OPEN" });
    expect(overdue?.updates.map((u: Data) => u.note)).toEqual(["Newer note", "Older note"]);
    expect(actions.find((a) => a.what === "Future action")?.isOverdue).toBe(false);
    expect(actions.find((a) => a.what === "Done action")?.isOverdue).toBe(false);
  });

  it("reads the SENT report with its distribution, and nothing for the draft", async () => {
    const body = await gql(
      "parentWithPr",
      `query($id: ID!) { person(id: $id) { reviews { id status report { body isSent dueOn sentOnTime
        distribution { recipientRole format recipient { displayName } } } } } }`,
      { id: globalId("Person", w.pat.id) },
    );
    expect(body.errors).toBeUndefined();
    const reviews = body.data?.person.reviews as Data[];
    const sent = reviews.find((r) => r.id === globalId("Review", w.review1.id));
    const draft = reviews.find((r) => r.id === globalId("Review", w.review2.id));
    expect(sent?.report).toEqual({
      body: "The sent report",
      isSent: true,
      dueOn: rel(-36),
      sentOnTime: true,
      distribution: [
        { recipientRole: "person", format: "EASY_READ", recipient: { displayName: "self" } },
      ],
    });
    expect(draft).toBeDefined();
    expect(draft?.report).toBeNull();
  });

  it("gets null for the draft report by ID, and the refusal is audited", async () => {
    const id = globalId("Report", w.draftReport.id);
    const body = await gql("parentWithPr", `query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toBeNull();
    const denied = await api.db.prisma.auditEvent.findMany({
      where: { actorId: w.users.parentWithPr.id, targetId: w.draftReport.id, outcome: "DENIED" },
    });
    expect(denied.length).toBeGreaterThan(0);
    expect(denied[0]?.operation).toBe("read:REPORT_DRAFT");
  });

  it("does not see findings, the summary or escalations (staff and panel only)", async () => {
    const body = await gql(
      "parentWithPr",
      `query($id: ID!) { node(id: $id) { ... on Review { findings { id } summary { answer } escalations { id } } } }`,
      { id: globalId("Review", w.review2.id) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toEqual({ findings: [], summary: [], escalations: [] });
  });
});

describe("staff views", () => {
  it("the commissioner reads the draft report: due date, not yet sent", async () => {
    const body = await gql(
      "commissioner",
      `query($id: ID!) { node(id: $id) { ... on Report { body isSent sentAt dueOn sentOnTime
        author { displayName } distribution { recipientRole } review { id } } } }`,
      { id: globalId("Report", w.draftReport.id) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toEqual({
      body: "The draft report",
      isSent: false,
      sentAt: null,
      dueOn: rel(9),
      sentOnTime: null,
      author: { displayName: "commissioner" },
      distribution: [],
      review: { id: globalId("Review", w.review2.id) },
    });
  });

  it("reads findings with lines of enquiry metadata, quotes and differing opinions", async () => {
    const body = await gql(
      "commissioner",
      `query($id: ID!) { node(id: $id) { ... on Review {
        findings { kloeId question questionText keyQuestion findings evidence concerns
          quotes { source text } differingOpinions { view member { displayName } } }
        summary { question questionText answer }
        escalations { route concern raisedOn isOpen finding { kloeId } raisedBy { displayName } } } } }`,
      { id: globalId("Review", w.review2.id) },
    );
    expect(body.errors).toBeUndefined();
    const review = body.data?.node;
    expect(review.findings).toEqual([
      {
        kloeId: "SAFETY",
        question: "SAFE",
        questionText: "Am I safe?",
        keyQuestion: expect.stringContaining("Is the person safe"),
        findings: ["Risk plan is out of date"],
        evidence: ["Risk assessment, March"],
        concerns: ["Restraint used twice"],
        quotes: [{ source: "PERSON", text: "I feel safe here" }],
        differingOpinions: [
          { view: "I disagree with the team", member: { displayName: "panelMember" } },
        ],
      },
    ]);
    expect(review.summary).toEqual([
      { question: "SAFE", questionText: "Am I safe?", answer: "Mostly, with concerns" },
    ]);
    expect(review.escalations).toEqual([
      {
        route: "CQC",
        concern: "Restraint used twice",
        raisedOn: rel(-4),
        isOpen: true,
        finding: { kloeId: "SAFETY" },
        raisedBy: { displayName: "commissioner" },
      },
    ]);
  });

  it("Person.escalations: staff on the caseload see them; outsiders and family do not", async () => {
    const query = `query($id: ID!) { person(id: $id) { escalations { concern } } }`;
    const id = globalId("Person", w.pat.id);
    const staff = await gql("coordinator", query, { id });
    expect(staff.data?.person.escalations).toEqual([{ concern: "Restraint used twice" }]);
    const family = await gql("self", query, { id });
    expect(family.data?.person.escalations).toEqual([]);
    const outsider = await gql("outsiderStaff", `query($id: ID!) { node(id: $id) { id } }`, {
      id: globalId("Escalation", w.escalation.id),
    });
    expect(outsider.data?.node).toBeNull();
  });

  it("Action.finding links back to the line of enquiry (null for the family)", async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Action { what finding { kloeId } } } }`;
    const id = globalId("Action", w.actions.findingAction.id);
    const staff = await gql("commissioner", query, { id });
    expect(staff.data?.node).toEqual({
      what: "Update the risk plan",
      finding: { kloeId: "SAFETY" },
    });
    const family = await gql("parentWithPr", query, { id });
    expect(family.errors).toBeUndefined();
    expect(family.data?.node).toEqual({ what: "Update the risk plan", finding: null });
  });
});

describe("the panel's view (one review, while open)", () => {
  it("the seated panel member reads that review's findings and summary but not its report draft", async () => {
    const body = await gql(
      "panelMember",
      `query($id: ID!) { node(id: $id) { ... on Review { findings { kloeId } summary { question } report { id } escalations { id } } } }`,
      { id: globalId("Review", w.review2.id) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toEqual({
      findings: [{ kloeId: "SAFETY" }],
      summary: [{ question: "SAFE" }],
      report: null,
      escalations: [],
    });
  });

  it("finding nodes are hidden from staff elsewhere and strangers", async () => {
    const id = globalId("EnquiryFinding", w.finding.id);
    for (const role of ["clinicianB", "outsiderStaff", "stranger", "parentWithPr"]) {
      const body = await gql(role, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(body.data?.node, role).toBeNull();
    }
  });
});

describe("Query.actions", () => {
  const LIST = `query($overdue: Boolean, $status: [ActionStatus!], $dueWithinDays: Int, $ownerId: ID,
      $organisationId: ID, $first: Int, $after: String) {
    actions(overdue: $overdue, status: $status, dueWithinDays: $dueWithinDays, ownerId: $ownerId,
      organisationId: $organisationId, first: $first, after: $after) {
      totalCount edges { node { what isOverdue } } pageInfo { hasNextPage endCursor } } }`;
  const whats = (body: Data) =>
    ((body.data?.actions.edges ?? []) as Data[]).map((e) => e.node.what);

  it("overdue: the commissioner sees Pat's overdue action; outsiderStaff sees none", async () => {
    const mine = await gql("commissioner", LIST, { overdue: true });
    expect(mine.errors).toBeUndefined();
    expect(whats(mine)).toEqual(["Overdue action"]);
    expect(mine.data?.actions.edges[0].node.isOverdue).toBe(true);
    expect(mine.data?.actions.totalCount).toBe(1);
    const outsider = await gql("outsiderStaff", LIST, { overdue: true });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data?.actions).toMatchObject({ totalCount: 0, edges: [] });
    // outsiderStaff does see their own caseload's (not overdue) action.
    expect(whats(await gql("outsiderStaff", LIST, {}))).toEqual(["Quinn's action"]);
  });

  it("orders by due date and filters by status, due window, owner and organisation", async () => {
    expect(whats(await gql("commissioner", LIST, {}))).toEqual([
      "Done action",
      "Overdue action",
      "Future action",
      "Update the risk plan",
    ]);
    expect(whats(await gql("commissioner", LIST, { overdue: false }))).toEqual([
      "Done action",
      "Future action",
      "Update the risk plan",
    ]);
    expect(whats(await gql("commissioner", LIST, { status: ["DONE"] }))).toEqual(["Done action"]);
    expect(whats(await gql("commissioner", LIST, { dueWithinDays: 25 }))).toEqual([
      "Future action",
    ]);
    expect(
      whats(
        await gql("commissioner", LIST, { ownerId: globalId("User", w.users.commissioner.id) }),
      ),
    ).toEqual(["Future action"]);
    expect(
      whats(
        await gql("commissioner", LIST, { organisationId: globalId("Organisation", w.other.id) }),
      ),
    ).toEqual([]);
    const byOrg = await gql("commissioner", LIST, {
      organisationId: globalId("Organisation", w.orgA.id),
      status: ["OPEN"],
    });
    expect(byOrg.data?.actions.totalCount).toBe(3);
  });

  it("pages with keyset cursors", async () => {
    const first = await gql("commissioner", LIST, { first: 2 });
    expect(whats(first)).toEqual(["Done action", "Overdue action"]);
    expect(first.data?.actions.pageInfo.hasNextPage).toBe(true);
    const second = await gql("commissioner", LIST, {
      first: 2,
      after: first.data?.actions.pageInfo.endCursor,
    });
    expect(whats(second)).toEqual(["Future action", "Update the risk plan"]);
    expect(second.data?.actions.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses pages over 100, forged cursors and negative windows", async () => {
    for (const vars of [{ first: 101 }, { after: "bm9wZQ" }, { dueWithinDays: -1 }]) {
      const body = await gql("commissioner", LIST, vars);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe("BAD_USER_INPUT");
    }
  });

  it("family and panel see only actions on records open to them; strangers none", async () => {
    expect(whats(await gql("parentWithPr", LIST, {}))).toHaveLength(4);
    expect(whats(await gql("panelMember", LIST, {}))).toEqual(["Update the risk plan"]);
    expect(whats(await gql("stranger", LIST, {}))).toEqual([]);
    const anonymous = await api.gql<Data>(LIST, {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("partners", () => {
  const partner = async (scopes: string[], organisationIds: string[]) => {
    const { client, secret } = await createApiClient(api.db, {
      name: `partner ${scopes.join(" ")}`,
      scopes: scopes as never,
      organisationIds,
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
    if (!issued.ok) throw new Error(issued.description);
    return issued.accessToken;
  };
  const LIST = `query { actions(overdue: true) { totalCount edges { node { what } } } }`;

  it("reviews:read for the caseload organisation lists its actions; other scopes or orgs do not", async () => {
    const reader = await partner(["reviews:read"], [w.orgA.id]);
    const seen = await api.gql<Data>(LIST, {}, { as: reader });
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data?.actions).toEqual({
      totalCount: 1,
      edges: [{ node: { what: "Overdue action" } }],
    });
    for (const token of [
      await partner(["people:read"], [w.orgA.id]),
      await partner(["reviews:read"], [w.other.id]),
    ]) {
      const none = await api.gql<Data>(LIST, {}, { as: token });
      expect(none.body.data?.actions).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it("reviews:write may change an action's status but cannot author a note in a person's name", async () => {
    const writer = await partner(["reviews:read", "reviews:write"], [w.orgA.id]);
    const id = globalId("Action", w.actions.findingAction.id);
    const note = await api.gql<Data>(
      `mutation($input: AddActionUpdateInput!) { addActionUpdate(input: $input) { update { note } errors { field code } } }`,
      { input: { actionId: id, note: "From the partner" } },
      { as: writer },
    );
    expect(note.body.data?.addActionUpdate).toEqual({
      update: null,
      errors: [{ field: "actionId", code: "FORBIDDEN" }],
    });
    const status = await api.gql<Data>(
      `mutation($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { action { status } errors { field code } } }`,
      { input: { actionId: id, status: "OPEN" } },
      { as: writer },
    );
    expect(status.body.data?.updateActionStatus).toEqual({
      action: { status: "OPEN" },
      errors: [],
    });
  });
});

describe("no N+1", () => {
  const DEEP = `query { actions(first: 40) { totalCount edges { node {
      what isOverdue owner { displayName } updates { note author { displayName } }
      finding { kloeId quotes { text } differingOpinions { view member { displayName } } }
      review { id findings { kloeId } summary { answer } escalations { concern }
        report { body distribution { recipientRole recipient { displayName } } } } } } } }`;

  const statementsFor = async () => {
    await gql("commissioner", DEEP);
    const before = api.db.statementCount;
    const body = await gql("commissioner", DEEP);
    expect(body.errors).toBeUndefined();
    return { statements: api.db.statementCount - before, data: body.data };
  };

  it("costs the same number of statements for 5 actions as for 25", async () => {
    const small = await statementsFor();
    const { prisma } = api.db;
    for (let i = 0; i < 4; i++) {
      const review = await prisma.review.create({
        data: {
          personId: w.pat.id,
          kind: "INPATIENT",
          status: "HELD",
          enquirySetting: "INPATIENT",
          commissioningOrganisationId: w.orgA.id,
          heldOn: w.review2.heldOn,
        },
      });
      const finding = await prisma.enquiryFinding.create({
        data: {
          reviewId: review.id,
          kloeId: "SAFETY",
          question: "SAFE",
          quotes: { create: { source: "FAMILY", text: `Quote ${i}` } },
        },
      });
      await prisma.report.create({
        data: {
          reviewId: review.id,
          authorId: w.users.commissioner.id,
          body: `Report ${i}`,
          draftedAt: new Date(),
        },
      });
      for (let a = 0; a < 5; a++) {
        await prisma.action.create({
          data: {
            reviewId: review.id,
            personId: w.pat.id,
            ownerId: w.users.coordinator.id,
            findingId: finding.id,
            what: `Extra ${i}.${a}`,
            howWeWillKnow: "Seen",
            dueOn: w.actions.future.dueOn,
            updates: {
              create: { authorId: w.users.coordinator.id, at: new Date(), note: `Note ${i}.${a}` },
            },
          },
        });
      }
    }
    const large = await statementsFor();
    expect(large.data?.actions.totalCount).toBe(small.data?.actions.totalCount + 20);
    expect(large.statements).toBe(small.statements);
  });
});
