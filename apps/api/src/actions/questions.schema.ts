import { OrganisationRef, UserRef } from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import { ActionRef } from "./action.node.js";
import { ActionQuestionRef } from "./question.node.js";
import {
  answerActionQuestion,
  askAboutAction,
  listActionQuestions,
  QUESTION_MAX,
  type QuestionResult,
} from "./questions.service.js";

const ActionQuestionConnection = builder.connectionObject({
  type: ActionQuestionRef,
  name: "ActionQuestionConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many questions match, across every page (people you may see).",
      complexity: 5,
      resolve: (parent) => (parent as unknown as { count: () => Promise<number> }).count(),
    }),
  }),
});

builder.queryFields((t) => ({
  actionQuestions: t.field({
    type: ActionQuestionConnection,
    description:
      "Questions about actions you may see (the console dashboard), longest waiting first. " +
      "`first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      open: t.arg.boolean({ description: "true: not answered yet; false: answered." }),
      ownerId: t.arg.globalID({ for: UserRef, description: "About actions this user owns." }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        description: "About people on this organisation's caseload.",
      }),
      descending: t.arg.boolean({ description: "Newest first." }),
    },
    resolve: (_root, args, ctx) =>
      listActionQuestions(ctx, {
        first: args.first,
        after: args.after,
        last: args.last,
        before: args.before,
        open: args.open,
        ownerId: args.ownerId?.id ?? null,
        organisationId: args.organisationId?.id ?? null,
        descending: args.descending,
      }),
  }),
}));

const QuestionPayload = (name: string) =>
  builder.objectRef<QuestionResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      question: t.field({ type: ActionQuestionRef, nullable: true, resolve: (p) => p.question }),
      errors: t.field({
        type: [UserErrorRef],
        description: "Empty when it worked; otherwise every problem, each tied to an input field.",
        resolve: (p) => p.errors,
      }),
    }),
  });

const AskAboutActionInput = builder.inputType("AskAboutActionInput", {
  fields: (t) => ({
    actionId: t.globalID({ for: ActionRef, required: true }),
    question: t.string({
      required: true,
      description: `The question, up to ${QUESTION_MAX} characters.`,
    }),
  }),
});

const AnswerActionQuestionInput = builder.inputType("AnswerActionQuestionInput", {
  fields: (t) => ({
    questionId: t.globalID({ for: ActionQuestionRef, required: true }),
    answer: t.string({
      required: true,
      description: "What you told the person or family, or did: closes the question.",
    }),
  }),
});

builder.mutationFields((t) => ({
  askAboutAction: t.field({
    type: QuestionPayload("AskAboutActionPayload"),
    description:
      "Asks about an action (anyone signed in as a person who may read it: the person, their " +
      "family, an advocate, staff). It reaches the action's owner and the commissioner. At most " +
      "10 questions an hour per person (RATE_LIMITED).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AskAboutActionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      askAboutAction(ctx, { actionId: input.actionId.id, question: input.question }),
  }),
  answerActionQuestion: t.field({
    type: QuestionPayload("AnswerActionQuestionPayload"),
    description: "Records the answer to a question and closes it (who may change ACTION).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AnswerActionQuestionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      answerActionQuestion(ctx, { questionId: input.questionId.id, answer: input.answer }),
  }),
}));
