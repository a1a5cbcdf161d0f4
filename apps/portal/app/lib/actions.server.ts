import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { data } from "react-router";
import { type ActionInput, type AskProblem, actionView, QUESTION_MAX } from "./actions";
import { requireApi, retryAfterSeconds } from "./api.server";
import { personPageData } from "./planner.server";

/** Every action agreed for the person at any review this account may see, with its latest news. */
const ActionsPerson = graphql(`
  query PortalActions($id: ID!) {
    person(id: $id) {
      id
      name
      preferredName
      actions {
        id
        what
        plainWhat
        howWeWillKnow
        dueOn
        status
        completedOn
        notDoneReason
        isOverdue
        daysOverdue
        owner { displayName }
        updates { at note author { displayName } }
        questions { id question askedAt askedBy { displayName } answer answeredAt answeredBy { displayName } }
        review {
          id
          heldOn
          scheduledOn
          report { id isSent progressContact { displayName } }
        }
      }
    }
  }
`);

/** The person and their actions, or a 404 when they are not someone this account can see. */
export async function loadActions(request: Request, personId: string) {
  const api = await requireApi(request);
  const { person } = await personPageData(() => api.request(ActionsPerson, { id: personId }));
  // Whoever may read a person's actions here (the family, an advocate) may read the
  // reviews they came from: `review` is null only for a staff owner (ADR 0041).
  const agreed = person.actions.flatMap((a) => (a.review ? [{ ...a, review: a.review }] : []));
  const actions: ActionInput[] = agreed.map((a) => ({
    id: a.id,
    what: a.what,
    plainWhat: a.plainWhat ?? null,
    howWeWillKnow: a.howWeWillKnow,
    ownerName: a.owner.displayName,
    dueOn: a.dueOn as string,
    status: a.status,
    completedOn: (a.completedOn as string | null) ?? null,
    notDoneReason: a.notDoneReason ?? null,
    isOverdue: a.isOverdue,
    daysOverdue: a.daysOverdue,
    updates: a.updates.map((u) => ({
      at: u.at as string,
      note: u.note,
      authorName: u.author.displayName,
    })),
    questions: a.questions.map((q) => ({
      id: q.id,
      question: q.question,
      askedAt: q.askedAt as string,
      askedBy: q.askedBy.displayName,
      answer: q.answer ?? null,
      answeredAt: (q.answeredAt as string | null) ?? null,
      answeredBy: q.answeredBy?.displayName ?? null,
    })),
    review: {
      id: a.review.id,
      heldOn: (a.review.heldOn as string | null) ?? null,
      scheduledOn: (a.review.scheduledOn as string | null) ?? null,
      progressContactName: a.review.report?.progressContact?.displayName ?? null,
    },
  }));
  // Reviews whose report has been sent: the tracker links each group to its report.
  const reportsSent = [
    ...new Set(agreed.filter((a) => a.review.report?.isSent).map((a) => a.review.id)),
  ];
  return {
    api,
    personId: person.id,
    name: person.preferredName || person.name,
    actions,
    reportsSent,
  };
}

/** The one action a page is about, or a 404 (unknown, another person's, or not visible). */
export async function loadAction(request: Request, personId: string, actionId: string) {
  const page = await loadActions(request, personId);
  const action = page.actions.find((a) => a.id === actionId);
  if (!action) throw data(null, { status: 404 });
  return { ...page, action: actionView(action) };
}

const AskAboutAction = graphql(`
  mutation PortalAskAboutAction($input: AskAboutActionInput!) {
    askAboutAction(input: $input) {
      question { id }
      errors { field code }
    }
  }
`);

export type AskOutcome =
  | { kind: "sent"; questionId: string }
  | { kind: "problem"; problem: AskProblem }
  | { kind: "tooMany"; retryAfterSeconds: number };

/** Checks the question as the API will, then sends it; every refusal keeps what was typed. */
export async function sendQuestion(
  api: Awaited<ReturnType<typeof loadActions>>["api"],
  actionId: string,
  question: string,
): Promise<AskOutcome> {
  const trimmed = question.trim();
  if (!trimmed) return { kind: "problem", problem: "blank" };
  if (trimmed.length > QUESTION_MAX) return { kind: "problem", problem: "tooLong" };
  try {
    const { askAboutAction } = await api.request(AskAboutAction, {
      input: { actionId, question: trimmed },
    });
    const [first] = askAboutAction.errors;
    if (askAboutAction.question && !first)
      return { kind: "sent", questionId: askAboutAction.question.id };
    if (first?.code === "REQUIRED") return { kind: "problem", problem: "blank" };
    if (first?.code === "TOO_LONG") return { kind: "problem", problem: "tooLong" };
    return { kind: "problem", problem: "notSent" };
  } catch (error) {
    const wait = retryAfterSeconds(error);
    if (wait !== null) return { kind: "tooMany", retryAfterSeconds: wait };
    if (error instanceof GraphQLRequestError) return { kind: "problem", problem: "notSent" };
    throw error;
  }
}

const AskedQuestion = graphql(`
  query PortalAskedQuestion($id: ID!) {
    node(id: $id) { ... on ActionQuestion { id question action { id } } }
  }
`);

/** The question just sent, for its confirmation page; null if it is not this action's. */
export async function loadAskedQuestion(
  api: Awaited<ReturnType<typeof loadActions>>["api"],
  questionId: string,
  actionId: string,
): Promise<string | null> {
  try {
    const { node } = await api.request(AskedQuestion, { id: questionId });
    return node && "question" in node && node.action.id === actionId ? node.question : null;
  } catch (error) {
    if (error instanceof GraphQLRequestError) return null;
    throw error;
  }
}
