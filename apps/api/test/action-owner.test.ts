import { actionData, day, userData } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import { GUARDS } from "../src/schema/guard.js";
import { type ActionsWorld, buildActionsWorld, globalId, relDay } from "./actions-fixture.js";
import { type Harness, startApi } from "./harness.js";

/**
 * ADR 0041: the named owner of an action who has no other basis to see the
 * person (staff of an organisation that does not hold them on its caseload)
 * may read that action — with its updates, questions, the review's kind and
 * date and the person's name — record progress on it and answer questions
 * about it. Nothing else of the record, by any path; and not once the action
 * passes to someone else, or they are no longer staff.
 */

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are ad-hoc JSON
type Data = Record<string, any>;

let api: Harness;
let w: ActionsWorld;
let ownerId: string;
let ownerToken: string;
/** Pat's action owned by staff of the other organisation, with a parent's open question. */
let owned: { id: string; questionId: string };
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

beforeAll(async () => {
  api = await startApi();
  w = await buildActionsWorld(api.db);
  const p = api.db.prisma;
  // outsiderStaff is a commissioner of `other`, which does not hold Pat on its caseload.
  ownerId = w.users.outsiderStaff.id;
  ownerToken = await api.signIn(ownerId);
  const action = await p.action.create({
    data: actionData(
      { reviewId: w.review1.id, personId: w.pat.id, ownerId },
      { what: "Arrange the college visit", dueOn: relDay(-3) },
    ),
  });
  await p.actionUpdate.create({
    data: { actionId: action.id, authorId: w.users.coordinator.id, at: new Date(), note: "Booked" },
  });
  const question = await p.actionQuestion.create({
    data: {
      actionId: action.id,
      askedById: w.users.parentWithPr.id,
      askedAt: new Date(),
      question: "I don't think this has happened",
    },
  });
  owned = { id: action.id, questionId: question.id };
});
afterAll(() => api.close());

const ACTION = `query($id: ID!) { node(id: $id) { ... on Action {
  id what howWeWillKnow dueOn status isOverdue
  owner { displayName }
  review { id }
  finding { id }
  context { reviewKind reviewHeldOn personName }
  updates { note }
  questions { id question isOpen }
} } }`;

const gql = async (query: string, variables: Record<string, unknown>, token = ownerToken) =>
  (await api.gql<Data>(query, variables, { as: token })).body;

describe("the owner of an action reads it", () => {
  it("the action, its progress, the family's questions, the review's kind and date and the person's name", async () => {
    const body = await gql(ACTION, { id: globalId("Action", owned.id) });
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toMatchObject({
      what: "Arrange the college visit",
      isOverdue: true,
      // The review and the line of enquiry are not theirs to read: only what `context` says.
      review: null,
      finding: null,
      context: {
        reviewKind: "INPATIENT",
        reviewHeldOn: expect.any(String),
        personName: w.pat.name,
      },
      updates: [{ note: "Booked" }],
      questions: [{ question: "I don't think this has happened", isOpen: true }],
    });
  });

  it("is audited as the action owner", async () => {
    await gql(ACTION, { id: globalId("Action", owned.id) });
    const reads = await api.db.prisma.auditEvent.findMany({
      where: { actorId: ownerId, personId: w.pat.id, operation: "read", outcome: "ALLOWED" },
    });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.actingAs === "ACTION_OWNER")).toBe(true);
  });

  it("a partner who may read actions but not profiles does not get the person's name", async () => {
    const { client, secret } = await createApiClient(api.db, {
      name: "reviews only",
      scopes: ["reviews:read"],
      organisationIds: [w.orgA.id],
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
    if (!issued.ok) throw new Error(issued.description);
    const body = await gql(
      `query($id: ID!) { node(id: $id) { ... on Action { what context { reviewKind personName } } } }`,
      { id: globalId("Action", w.actions.overdue.id) },
      issued.accessToken,
    );
    expect(body.data?.node).toEqual({
      what: "Overdue action",
      context: { reviewKind: "INPATIENT", personName: null },
    });
  });
});

describe("nothing else of the person's record", () => {
  it("no other row of any type through node or nodes", async () => {
    const own = new Set([owned.id, owned.questionId]);
    const updates = await api.db.prisma.actionUpdate.findMany({ where: { actionId: owned.id } });
    for (const u of updates) own.add(u.id);
    const failures: string[] = [];
    const attacked: string[] = [];
    for (const type of GUARDS.keys()) {
      const model = (
        api.db.prisma as unknown as Record<
          string,
          { findMany: (a: object) => Promise<{ id: string }[]> }
        >
      )[lcFirst(type)];
      const guard = GUARDS.get(type);
      if (!model || !guard) continue;
      const all = await model.findMany({ select: { id: true } });
      // With whatever `describe` needs (a question's action, a quote's finding…).
      const rows = await guard.loadRows(
        api.db,
        all.map((r) => r.id),
      );
      // Pat's rows: the owner's organisation holds Quinn, whose record they may read anyway.
      const pats = rows.filter((r) => guard.describe(r).target.personId === w.pat.id);
      const ids = pats.map((r) => r.id).filter((id) => !own.has(id));
      if (ids.length === 0) continue;
      attacked.push(type);
      const body = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: ids.map((id) => globalId(type, id)),
      });
      const leaked = (body.data?.nodes ?? []).filter((n: unknown) => n !== null);
      if (leaked.length) failures.push(`${type}: ${leaked.length} via nodes`);
      const one = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: globalId(type, ids[0] as string),
      });
      if (one.data?.node !== null) failures.push(`${type} via node`);
    }
    expect(failures).toEqual([]);
    // Pat's record in the fixture: the person, reviews, other actions, reports, findings…
    expect(attacked).toEqual(
      expect.arrayContaining([
        "Person",
        "Review",
        "Action",
        "ActionUpdate",
        "Report",
        "EnquiryFinding",
      ]),
    );
  });

  it("no person, review or other action through edges or lists", async () => {
    const body = await gql(
      `query($id: ID!) {
        node(id: $id) { ... on Action { review { id person { id } actions { id } } finding { id } } }
        people(first: 100) { totalCount edges { node { id } } }
      }`,
      { id: globalId("Action", owned.id) },
    );
    expect(body.data?.node).toEqual({ review: null, finding: null });
    expect(body.data?.people.edges.map((e: Data) => e.node.id)).not.toContain(w.pat.id);
    expect(body.data?.people.totalCount).toBe(1);
  });

  it("ID arguments: other actions are not there; this one takes only an update or an answer", async () => {
    const status = await gql(
      `mutation($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { errors { field code } } }`,
      { input: { actionId: globalId("Action", owned.id), status: "DONE" } },
    );
    expect(status.data?.updateActionStatus.errors).toEqual([
      { field: "actionId", code: "FORBIDDEN" },
    ]);
    const other = await gql(
      `mutation($input: AddActionUpdateInput!) { addActionUpdate(input: $input) { errors { field code } } }`,
      { input: { actionId: globalId("Action", w.actions.overdue.id), note: "Done" } },
    );
    expect(other.data?.addActionUpdate.errors).toEqual([{ field: "actionId", code: "NOT_FOUND" }]);
    const create = await gql(
      `mutation($input: CreateActionInput!) { createAction(input: $input) { errors { field code } } }`,
      {
        input: {
          reviewId: globalId("Review", w.review1.id),
          what: "x",
          howWeWillKnow: "y",
          ownerId: globalId("User", ownerId),
          dueOn: "2099-01-01",
        },
      },
    );
    expect(create.data?.createAction.errors).toEqual([{ field: "reviewId", code: "NOT_FOUND" }]);
  });
});

describe("the owner works on the action", () => {
  it("the dashboard lists include it, counted the same as listed", async () => {
    const body = await gql(
      `{ actions(overdue: true, first: 100) { totalCount edges { node { id context { personName } } } }
         actionQuestions(open: true, first: 100) { totalCount edges { node { id } } } }`,
      {},
    );
    const actions = body.data?.actions;
    expect(actions.edges.map((e: Data) => e.node.id)).toContain(globalId("Action", owned.id));
    expect(actions.totalCount).toBe(actions.edges.length);
    const questions = body.data?.actionQuestions;
    expect(questions.edges.map((e: Data) => e.node.id)).toContain(
      globalId("ActionQuestion", owned.questionId),
    );
    expect(questions.totalCount).toBe(questions.edges.length);
  });

  it("answers the family's question and records progress, audited as the action owner", async () => {
    const answer = await gql(
      `mutation($input: AnswerActionQuestionInput!) {
        answerActionQuestion(input: $input) { question { isOpen answer } errors { field code } } }`,
      {
        input: {
          questionId: globalId("ActionQuestion", owned.questionId),
          answer: "The visit is booked for Tuesday; I have told Sarah.",
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.answerActionQuestion).toEqual({
      question: { isOpen: false, answer: "The visit is booked for Tuesday; I have told Sarah." },
      errors: [],
    });
    const update = await gql(
      `mutation($input: AddActionUpdateInput!) {
        addActionUpdate(input: $input) { action { status } errors { field code } } }`,
      {
        input: {
          actionId: globalId("Action", owned.id),
          note: "The visit happened",
          statusAfter: "DONE",
        },
      },
    );
    expect(update.data?.addActionUpdate).toEqual({ action: { status: "DONE" }, errors: [] });
    const changes = await api.db.prisma.auditEvent.findMany({
      where: { actorId: ownerId, outcome: "ALLOWED", operation: { not: "read" } },
      select: { operation: true, actingAs: true, personId: true },
    });
    expect(changes).toEqual(
      expect.arrayContaining([
        { operation: "answerActionQuestion", actingAs: "ACTION_OWNER", personId: w.pat.id },
        { operation: "addActionUpdate", actingAs: "ACTION_OWNER", personId: w.pat.id },
      ]),
    );
  });
});

describe("access ends with ownership", () => {
  it("once the action passes to someone else, it is not there for the former owner", async () => {
    await api.db.prisma.action.update({
      where: { id: owned.id },
      data: { ownerId: w.users.coordinator.id },
    });
    const body = await gql(ACTION, { id: globalId("Action", owned.id) });
    expect(body.data?.node).toBeNull();
    const update = await gql(
      `mutation($input: AddActionUpdateInput!) { addActionUpdate(input: $input) { errors { field code } } }`,
      { input: { actionId: globalId("Action", owned.id), note: "More" } },
    );
    expect(update.data?.addActionUpdate.errors).toEqual([{ field: "actionId", code: "NOT_FOUND" }]);
    const lists = await gql(
      `{ actions(first: 100) { edges { node { id } } } actionQuestions(first: 100) { edges { node { id } } } }`,
      {},
    );
    expect(lists.data?.actions.edges.map((e: Data) => e.node.id)).not.toContain(
      globalId("Action", owned.id),
    );
    expect(lists.data?.actionQuestions.edges).toEqual([]);
    await api.db.prisma.action.update({ where: { id: owned.id }, data: { ownerId } });
  });

  it("an owner who is no longer staff (membership ended) reads nothing", async () => {
    const p = api.db.prisma;
    const former = await p.user.create({ data: userData("former-owner") });
    await p.membership.create({
      data: {
        userId: former.id,
        organisationId: w.other.id,
        role: "CLINICIAN",
        startedOn: day("2024-01-01"),
        endedOn: day("2025-01-01"),
      },
    });
    await p.action.update({ where: { id: owned.id }, data: { ownerId: former.id } });
    const body = await gql(
      ACTION,
      { id: globalId("Action", owned.id) },
      await api.signIn(former.id),
    );
    expect(body.data?.node).toBeNull();
    await p.action.update({ where: { id: owned.id }, data: { ownerId } });
  });
});
