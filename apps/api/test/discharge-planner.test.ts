import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { type PlannerErrors, plannerMutations } from "./planner-kit.js";
import { globalId, startWorld, type World } from "./world.js";

/** Family-facing planners: drafts, authorship, submission, who sees drafts. */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
const rawId = (id: string) => Buffer.from(id, "base64").toString().split(":")[1] ?? "";
let reviewId: string;

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  // The panel member sits on an open review of Pat's (consent given, report not sent).
  const review = await api.db.prisma.review.create({
    data: {
      personId: world.pat.id,
      kind: "INPATIENT",
      status: "SCHEDULED",
      enquirySetting: "INPATIENT",
      commissioningOrganisationId: world.orgA.id,
    },
  });
  reviewId = review.id;
  await api.db.prisma.panelMember.create({
    data: { reviewId, userId: world.users.panelMember.id, role: "EXPERT_BY_EXPERIENCE" },
  });
  await api.db.prisma.consentRecord.create({
    data: {
      personId: world.pat.id,
      reviewId,
      purpose: "REVIEW",
      answer: "GIVEN",
      basis: "PERSON_WITH_CAPACITY",
      decidedOn: new Date("2024-02-01T00:00:00Z"),
      recordedById: world.users.coordinator.id,
    },
  });
});
afterAll(() => api.close());

type Doc = {
  id: string;
  kind: string;
  version: number;
  status: string;
  submittedAt: string | null;
  review: { id: string } | null;
  answers: { questionKey: string; answer: string; author: { id: string; displayName: string } }[];
};
const DOC = `id kind version status submittedAt review { id }
  answers { questionKey answer writtenAt author { id displayName } }`;
const { SAVE, SUBMIT } = plannerMutations(DOC);
const DOCS = `query($id: ID!, $kind: PlannerKind) {
  person(id: $id) { plannerDocuments(kind: $kind) { ${DOC} } } }`;

type SaveResult = { savePlannerAnswer: { plannerDocument: Doc | null; errors: PlannerErrors } };
type SubmitResult = { submitPlanner: { plannerDocument: Doc | null; errors: PlannerErrors } };

const save = (as: string | undefined, input: Record<string, unknown>) =>
  api.gql<SaveResult>(
    SAVE,
    { input: { personId: globalId("Person", world.pat.id), kind: "CETR_PLANNER", ...input } },
    { as },
  );

const docsFor = async (role: string, kind?: string) => {
  const { body } = await api.gql<{ person: { plannerDocuments: Doc[] } | null }>(
    DOCS,
    { id: globalId("Person", world.pat.id), kind },
    { as: tokens[role] },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.person?.plannerDocuments ?? null;
};

let draftId: string;

describe("savePlannerAnswer", () => {
  it("a parent with parental responsibility writes an answer: they are its author", async () => {
    const { body } = await save(tokens.parentWithPr, {
      reviewId: globalId("Review", reviewId),
      questionKey: "whoIWantThere",
      answer: "  Mum and my teacher ",
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.savePlannerAnswer.errors).toEqual([]);
    const doc = body.data?.savePlannerAnswer.plannerDocument;
    if (!doc) throw new Error("no document");
    draftId = doc.id;
    expect(doc).toMatchObject({
      kind: "CETR_PLANNER",
      version: 1,
      status: "DRAFT",
      submittedAt: null,
      review: { id: globalId("Review", reviewId) },
    });
    expect(doc.answers).toEqual([
      expect.objectContaining({
        questionKey: "whoIWantThere",
        answer: "Mum and my teacher",
        author: { id: globalId("User", world.users.parentWithPr.id), displayName: "parentWithPr" },
      }),
    ]);
  });

  it("the next answer reuses the one open draft, and records its own author", async () => {
    const { body } = await save(tokens.self, {
      questionKey: "fourQuestions.SAFE",
      answer: "I feel safe on the ward",
    });
    const doc = body.data?.savePlannerAnswer.plannerDocument;
    expect(doc?.id).toBe(draftId);
    expect(doc?.answers.map((a) => [a.questionKey, a.author.displayName])).toEqual([
      ["fourQuestions.SAFE", "self"],
      ["whoIWantThere", "parentWithPr"],
    ]);
    expect(
      await api.db.prisma.plannerDocument.count({
        where: { personId: world.pat.id, kind: "CETR_PLANNER", status: "DRAFT" },
      }),
    ).toBe(1);
  });

  it("rewriting an answer replaces it and makes the rewriter its author", async () => {
    const { body } = await save(tokens.self, {
      questionKey: "whoIWantThere",
      answer: "Mum, my teacher and my advocate",
    });
    const answer = body.data?.savePlannerAnswer.plannerDocument?.answers.find(
      (a) => a.questionKey === "whoIWantThere",
    );
    expect(answer).toMatchObject({
      answer: "Mum, my teacher and my advocate",
      author: { displayName: "self" },
    });
  });

  it("two first answers at once still open a single draft", async () => {
    const results = await Promise.all(
      ["a", "b", "c"].map((k) =>
        save(tokens.self, { kind: "ONE_PAGE_PROFILE", questionKey: k, answer: k }),
      ),
    );
    const ids = new Set(results.map((r) => r.body.data?.savePlannerAnswer.plannerDocument?.id));
    expect(ids.size).toBe(1);
  });

  it("validation errors are field-addressed", async () => {
    const { body } = await save(tokens.self, {
      reviewId: globalId("Review", "00000000-0000-4000-8000-000000000000"),
      questionKey: "not a key!",
      answer: "   ",
    });
    expect(body.data?.savePlannerAnswer.plannerDocument).toBeNull();
    expect(body.data?.savePlannerAnswer.errors.map((e) => [e.field, e.code])).toEqual([
      ["reviewId", "NOT_FOUND"],
      ["questionKey", "INVALID_CHOICE"],
      ["answer", "REQUIRED"],
    ]);
  });

  it.each([
    ["advocateShared", "FORBIDDEN"],
    // The panel member sees Pat's profile (an open review), so it is FORBIDDEN, not unknown.
    ["panelMember", "FORBIDDEN"],
    ["parentWithoutPr", "NOT_FOUND"],
    ["clinicianB", "NOT_FOUND"],
    ["stranger", "NOT_FOUND"],
  ])("%s cannot write into the planner (%s)", async (role, code) => {
    const { body } = await save(tokens[role], { questionKey: "x", answer: "y" });
    expect(body.data?.savePlannerAnswer.errors).toEqual([
      expect.objectContaining({ field: "personId", code }),
    ]);
  });
});

describe("who sees a draft", () => {
  it.each([
    ["self", true],
    ["parentWithPr", true],
    ["coordinator", true],
    ["advocateShared", true],
    ["panelMember", false],
    ["clinicianB", false],
  ])("%s sees the draft → %s", async (role, sees) => {
    const docs = (await docsFor(role, "CETR_PLANNER")) ?? [];
    expect(docs.some((d) => d.id === draftId)).toBe(sees);
  });

  it("the panel member never sees a DRAFT, not even by ID", async () => {
    const { body } = await api.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: draftId },
      { as: tokens.panelMember },
    );
    expect(body.data).toEqual({ node: null });
    const denied = await api.db.prisma.auditEvent.findFirst({
      where: {
        outcome: "DENIED",
        actorId: world.users.panelMember.id,
        targetId: rawId(draftId),
        operation: "read:PLANNER_DRAFT",
      },
    });
    expect(denied).not.toBeNull();
  });
});

describe("submitPlanner", () => {
  it("the panel member cannot submit it (it is not theirs to see)", async () => {
    const { body } = await api.gql<SubmitResult>(
      SUBMIT,
      { input: { documentId: draftId } },
      { as: tokens.panelMember },
    );
    expect(body.data?.submitPlanner.errors).toEqual([
      expect.objectContaining({ field: "documentId", code: "NOT_FOUND" }),
    ]);
  });

  it("the advocate can read but not submit it", async () => {
    const { body } = await api.gql<SubmitResult>(
      SUBMIT,
      { input: { documentId: draftId } },
      { as: tokens.advocateShared },
    );
    expect(body.data?.submitPlanner.errors).toEqual([
      expect.objectContaining({ field: "documentId", code: "FORBIDDEN" }),
    ]);
  });

  it("DRAFT → SUBMITTED with submittedAt; then the panel member sees it", async () => {
    const { body } = await api.gql<SubmitResult>(
      SUBMIT,
      { input: { documentId: draftId } },
      { as: tokens.parentWithPr },
    );
    expect(body.data?.submitPlanner.errors).toEqual([]);
    const doc = body.data?.submitPlanner.plannerDocument;
    expect(doc).toMatchObject({ id: draftId, status: "SUBMITTED", version: 1 });
    expect(Date.parse(doc?.submittedAt ?? "")).not.toBeNaN();
    const panel = await docsFor("panelMember", "CETR_PLANNER");
    expect(panel?.map((d) => [d.id, d.status])).toEqual([[draftId, "SUBMITTED"]]);
    expect(panel?.[0]?.answers).toHaveLength(2);
  });

  it("submitting twice is refused", async () => {
    const { body } = await api.gql<SubmitResult>(
      SUBMIT,
      { input: { documentId: draftId } },
      { as: tokens.parentWithPr },
    );
    expect(body.data?.submitPlanner.errors).toEqual([
      expect.objectContaining({ field: "documentId", code: "TRANSITION_NOT_ALLOWED" }),
    ]);
  });

  it("the next answer opens version 2; the list shows the latest version first", async () => {
    const { body } = await save(tokens.self, { questionKey: "questionsForPanel", answer: "When?" });
    const doc = body.data?.savePlannerAnswer.plannerDocument;
    expect(doc).toMatchObject({ version: 2, status: "DRAFT" });
    expect(doc?.id).not.toBe(draftId);
    const mine = await docsFor("self", "CETR_PLANNER");
    expect(mine?.map((d) => [d.version, d.status])).toEqual([
      [2, "DRAFT"],
      [1, "SUBMITTED"],
    ]);
    // The panel still sees only the submitted version.
    expect((await docsFor("panelMember", "CETR_PLANNER"))?.map((d) => d.version)).toEqual([1]);
    // The kind filter: the one-page profile is listed only without it, or with its own kind.
    expect((await docsFor("self", "ONE_PAGE_PROFILE"))?.map((d) => d.kind)).toEqual([
      "ONE_PAGE_PROFILE",
    ]);
    expect(await docsFor("self")).toHaveLength(3);
  });
});
