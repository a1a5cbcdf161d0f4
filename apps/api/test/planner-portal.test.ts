import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { type PlannerErrors, plannerMutations } from "./planner-kit.js";
import { globalId, startWorld, type World } from "./world.js";

/**
 * What the family portal's My CETR Planner relies on: emptying an answer
 * takes it out of the draft (clearPlannerAnswer), a sent version keeps its
 * answers, and feedback after sending goes into a new version of its own.
 */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
let reviewId: string;

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const review = await api.db.prisma.review.create({
    data: {
      personId: world.pat.id,
      kind: "COMMUNITY",
      status: "HELD",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: world.orgA.id,
      heldOn: new Date("2024-03-01T00:00:00Z"),
    },
  });
  reviewId = globalId("Review", review.id);
});
afterAll(() => api.close());

type Doc = {
  id: string;
  version: number;
  status: string;
  review: { id: string } | null;
  answers: { questionKey: string; answer: string; author: { displayName: string } }[];
};
const DOC = "id version status review { id } answers { questionKey answer author { displayName } }";
const { SAVE, CLEAR, SUBMIT } = plannerMutations(DOC);

type Payload = { plannerDocument: Doc | null; errors: PlannerErrors };

const save = async (as: string | undefined, questionKey: string, answer: string) => {
  const { body } = await api.gql<{ savePlannerAnswer: Payload }>(
    SAVE,
    {
      input: {
        personId: globalId("Person", world.pat.id),
        kind: "CETR_PLANNER",
        reviewId,
        questionKey,
        answer,
      },
    },
    { as },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.savePlannerAnswer as Payload;
};
const clear = async (as: string | undefined, documentId: string, questionKey: string) => {
  const { body } = await api.gql<{ clearPlannerAnswer: Payload }>(
    CLEAR,
    { input: { documentId, questionKey } },
    { as },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.clearPlannerAnswer as Payload;
};

let draftId: string;

describe("clearPlannerAnswer", () => {
  it("takes an emptied answer out of the draft and leaves the others", async () => {
    await save(tokens.parentWithPr, "whoIWantThere", "Mum and Jo");
    const saved = await save(tokens.parentWithPr, "where.how", "video");
    draftId = saved.plannerDocument?.id ?? "";
    const result = await clear(tokens.parentWithPr, draftId, "where.how");
    expect(result.errors).toEqual([]);
    expect(result.plannerDocument?.answers.map((a) => [a.questionKey, a.answer])).toEqual([
      ["whoIWantThere", "Mum and Jo"],
    ]);
  });

  it("clearing an answer that is not there changes nothing and is not an error", async () => {
    const result = await clear(tokens.self, draftId, "where.how");
    expect(result.errors).toEqual([]);
    expect(result.plannerDocument?.answers).toHaveLength(1);
  });

  it("an advocate, who may read the planner but not write it, cannot clear answers", async () => {
    const result = await clear(tokens.advocateShared, draftId, "whoIWantThere");
    expect(result.plannerDocument).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ field: "documentId", code: "FORBIDDEN" }),
    ]);
  });

  it("someone with no link to the person is told it does not exist", async () => {
    const result = await clear(tokens.stranger, draftId, "whoIWantThere");
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([["documentId", "NOT_FOUND"]]);
  });

  it("a sent planner keeps its answers", async () => {
    const { body } = await api.gql<{ submitPlanner: Payload }>(
      SUBMIT,
      { input: { documentId: draftId } },
      { as: tokens.parentWithPr },
    );
    expect(body.data?.submitPlanner.errors).toEqual([]);
    const result = await clear(tokens.parentWithPr, draftId, "whoIWantThere");
    expect(result.plannerDocument).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ field: "documentId", code: "TRANSITION_NOT_ALLOWED" }),
    ]);
    const rawId = Buffer.from(draftId, "base64").toString().split(":")[1];
    const answers = await api.db.prisma.plannerAnswer.findMany({ where: { documentId: rawId } });
    expect(answers.map((a) => a.questionKey)).toEqual(["whoIWantThere"]);
  });
});

describe("feedback after the planner was sent", () => {
  it("goes into a new version for the same review, which can be sent on its own", async () => {
    const saved = await save(tokens.self, "feedback.howWasIt", "good");
    expect(saved.errors).toEqual([]);
    const doc = saved.plannerDocument;
    expect(doc).toMatchObject({ version: 2, status: "DRAFT", review: { id: reviewId } });
    expect(doc?.answers.map((a) => a.questionKey)).toEqual(["feedback.howWasIt"]);
    const { body } = await api.gql<{ submitPlanner: Payload }>(
      SUBMIT,
      { input: { documentId: doc?.id } },
      { as: tokens.self },
    );
    expect(body.data?.submitPlanner.errors).toEqual([]);
    expect(body.data?.submitPlanner.plannerDocument).toMatchObject({
      version: 2,
      status: "SUBMITTED",
    });
  });
});

describe("a one-page profile changed after it was sent", () => {
  const saveProfile = async (as: string | undefined, questionKey: string, answer: string) => {
    const { body } = await api.gql<{ savePlannerAnswer: Payload }>(
      SAVE,
      {
        input: {
          personId: globalId("Person", world.pat.id),
          kind: "ONE_PAGE_PROFILE",
          questionKey,
          answer,
        },
      },
      { as },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.savePlannerAnswer as Payload;
  };

  it("starts its new draft from the sent version, keeping who wrote each answer", async () => {
    await saveProfile(tokens.self, "likeAndAdmire", "Funny and kind");
    const first = await saveProfile(tokens.parentWithPr, "importantToMe", "My dog");
    const { body } = await api.gql<{ submitPlanner: Payload }>(
      SUBMIT,
      { input: { documentId: first.plannerDocument?.id } },
      { as: tokens.parentWithPr },
    );
    expect(body.data?.submitPlanner.plannerDocument).toMatchObject({ status: "SUBMITTED" });

    const changed = await saveProfile(tokens.parentWithPr, "importantToMe", "My dog and my bike");
    const draft = changed.plannerDocument;
    expect(draft).toMatchObject({ version: 2, status: "DRAFT" });
    // The unchanged answer keeps its writer, not the parent who opened the new draft.
    expect(
      draft?.answers.map((a) => [a.questionKey, a.answer, a.author.displayName]).sort(),
    ).toEqual([
      ["importantToMe", "My dog and my bike", "parentWithPr"],
      ["likeAndAdmire", "Funny and kind", "self"],
    ]);
    // The sent version is untouched.
    const sentId = Buffer.from(first.plannerDocument?.id ?? "", "base64")
      .toString()
      .split(":")[1];
    const sent = await api.db.prisma.plannerAnswer.findMany({ where: { documentId: sentId } });
    expect(sent.find((a) => a.questionKey === "importantToMe")?.answer).toBe("My dog");
  });
});
