import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionsWorld, buildActionsWorld, globalId, signInAll } from "./actions-fixture.js";
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

const ASK = `mutation($input: AskAboutActionInput!) {
  askAboutAction(input: $input) {
    question { id question isOpen askedBy { displayName } action { what } }
    errors { field code }
  }
}`;
const ANSWER = `mutation($input: AnswerActionQuestionInput!) {
  answerActionQuestion(input: $input) {
    question { isOpen answer answeredBy { displayName } }
    errors { field code }
  }
}`;
const LIST = `query($open: Boolean, $ownerId: ID) {
  actionQuestions(open: $open, ownerId: $ownerId, first: 20) {
    totalCount
    edges { node { question action { what owner { displayName } review { person { name } } } } }
  }
}`;

const OVERDUE = () => globalId("Action", w.actions.overdue.id);
const QUINN = () => globalId("Action", w.actions.quinnAction.id);

async function ask(role: string, actionId: string, question: string) {
  const { body } = await api.gql<Data>(
    ASK,
    { input: { actionId, question } },
    { as: tokens[role] },
  );
  return body;
}

describe("askAboutAction", () => {
  it("the person's parent asks about a late action; it is stored, audited and open", async () => {
    const body = await ask("parentWithPr", OVERDUE(), "  I don't think this has happened.  ");
    expect(body.errors).toBeUndefined();
    expect(body.data?.askAboutAction).toEqual({
      question: {
        id: expect.any(String),
        question: "I don't think this has happened.",
        isOpen: true,
        askedBy: { displayName: "parentWithPr" },
        action: { what: "Overdue action" },
      },
      errors: [],
    });
    const audit = await api.db.prisma.auditEvent.findMany({
      where: { actorId: w.users.parentWithPr.id, operation: "askAboutAction" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      outcome: "ALLOWED",
      personId: w.pat.id,
      targetType: "ActionQuestion",
    });
  });

  it("the young person asks too; a blank or overlong question is a field error", async () => {
    expect(
      (await ask("self", OVERDUE(), "When will this happen?")).data?.askAboutAction.errors,
    ).toEqual([]);
    expect((await ask("self", OVERDUE(), "   ")).data?.askAboutAction).toEqual({
      question: null,
      errors: [{ field: "question", code: "REQUIRED" }],
    });
    expect((await ask("self", OVERDUE(), "x".repeat(2001))).data?.askAboutAction.errors).toEqual([
      { field: "question", code: "TOO_LONG" },
    ]);
  });

  it("someone who cannot see the person's actions cannot ask, and learns nothing", async () => {
    for (const role of ["stranger", "outsiderStaff", "advocateNotShared"]) {
      const body = await ask(role, OVERDUE(), "Is this done?");
      expect(body.data?.askAboutAction, role).toEqual({
        question: null,
        errors: [{ field: "actionId", code: "NOT_FOUND" }],
      });
    }
    // The family of one person cannot ask about another person's action.
    expect(
      (await ask("parentWithPr", QUINN(), "Is this done?")).data?.askAboutAction.errors,
    ).toEqual([{ field: "actionId", code: "NOT_FOUND" }]);
    expect(
      await api.db.prisma.actionQuestion.count({ where: { actionId: w.actions.quinnAction.id } }),
    ).toBe(0);
    const { body } = await api.gql<Data>(
      ASK,
      { input: { actionId: OVERDUE(), question: "Hi" } },
      {
        as: null,
      },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is limited to 10 questions an hour per person", async () => {
    const before = await api.db.prisma.actionQuestion.count({
      where: { askedById: w.users.advocateShared.id },
    });
    expect(before).toBe(0);
    for (let i = 0; i < 10; i++) {
      const body = await ask("advocateShared", OVERDUE(), `Question ${i}`);
      expect(body.data?.askAboutAction.errors).toEqual([]);
    }
    const { status, body } = await api.gql<Data>(
      ASK,
      { input: { actionId: OVERDUE(), question: "One more" } },
      { as: tokens.advocateShared },
    );
    expect(status).toBe(429);
    expect(body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(
      await api.db.prisma.actionQuestion.count({ where: { askedById: w.users.advocateShared.id } }),
    ).toBe(10);
  });
});

describe("actionQuestions and answerActionQuestion", () => {
  it("staff on the caseload see open questions, oldest first, with the action and its owner", async () => {
    const { body } = await api.gql<Data>(LIST, { open: true }, { as: tokens.commissioner });
    expect(body.errors).toBeUndefined();
    const list = body.data?.actionQuestions;
    expect(list.totalCount).toBe(12);
    expect(list.edges[0].node).toEqual({
      question: "I don't think this has happened.",
      action: {
        what: "Overdue action",
        owner: { displayName: "coordinator" },
        review: { person: { name: w.pat.name } },
      },
    });
    const mine = await api.gql<Data>(
      LIST,
      { open: true, ownerId: globalId("User", w.users.coordinator.id) },
      { as: tokens.coordinator },
    );
    expect(mine.body.data?.actionQuestions.totalCount).toBe(12);
    const notMine = await api.gql<Data>(
      LIST,
      { open: true, ownerId: globalId("User", w.users.commissioner.id) },
      { as: tokens.commissioner },
    );
    expect(notMine.body.data?.actionQuestions.totalCount).toBe(0);
  });

  it("staff of another organisation see none; the organisation filter narrows", async () => {
    const { body } = await api.gql<Data>(LIST, { open: true }, { as: tokens.outsiderStaff });
    expect(body.data?.actionQuestions.totalCount).toBe(0);
    const byOrg = `query($organisationId: ID) {
      actionQuestions(open: true, organisationId: $organisationId) { totalCount }
    }`;
    const orgA = await api.gql<Data>(
      byOrg,
      { organisationId: globalId("Organisation", w.orgA.id) },
      { as: tokens.commissioner },
    );
    expect(orgA.body.data?.actionQuestions.totalCount).toBe(12);
    const other = await api.gql<Data>(
      byOrg,
      { organisationId: globalId("Organisation", w.other.id) },
      { as: tokens.commissioner },
    );
    expect(other.body.data?.actionQuestions.totalCount).toBe(0);
  });

  it("the owner answers, which closes it; family cannot answer; a second answer is refused", async () => {
    const question = await api.db.prisma.actionQuestion.findFirstOrThrow({
      where: { askedById: w.users.parentWithPr.id },
    });
    const input = { questionId: globalId("ActionQuestion", question.id), answer: "Rang Sarah" };
    const family = await api.gql<Data>(ANSWER, { input }, { as: tokens.parentWithPr });
    expect(family.body.data?.answerActionQuestion.errors).toEqual([
      { field: "questionId", code: "FORBIDDEN" },
    ]);
    const stranger = await api.gql<Data>(ANSWER, { input }, { as: tokens.stranger });
    expect(stranger.body.data?.answerActionQuestion.errors).toEqual([
      { field: "questionId", code: "NOT_FOUND" },
    ]);
    const owner = await api.gql<Data>(ANSWER, { input }, { as: tokens.coordinator });
    expect(owner.body.data?.answerActionQuestion).toEqual({
      question: { isOpen: false, answer: "Rang Sarah", answeredBy: { displayName: "coordinator" } },
      errors: [],
    });
    const again = await api.gql<Data>(ANSWER, { input }, { as: tokens.commissioner });
    expect(again.body.data?.answerActionQuestion.errors).toEqual([
      { field: "questionId", code: "TRANSITION_NOT_ALLOWED" },
    ]);
    const { body } = await api.gql<Data>(LIST, { open: true }, { as: tokens.commissioner });
    expect(body.data?.actionQuestions.totalCount).toBe(11);
  });

  it("the family sees their questions and the answer on the action", async () => {
    const { body } = await api.gql<Data>(
      `query($id: ID!) { node(id: $id) { ... on Action { questions { question isOpen answer } } } }`,
      { id: OVERDUE() },
      { as: tokens.parentWithPr },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.questions).toContainEqual({
      question: "I don't think this has happened.",
      isOpen: false,
      answer: "Rang Sarah",
    });
  });
});
