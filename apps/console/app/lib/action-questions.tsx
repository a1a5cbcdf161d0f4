import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, ErrorSummary, Link, Tag, TextArea } from "@cetr/ui";
import { Form } from "react-router";
import { actionPath, whoseAction } from "./action-labels";
import type { requireApi } from "./api.server";

/**
 * Questions families ask about actions ("I don't think this has happened"),
 * as the console shows them: on the dashboard's list and on an action's own
 * page. Answering is a plain form post (works without JavaScript) that
 * records what staff told the family and closes the question. Pages showing
 * the list link lib/worklist.css (it spaces the cards).
 */

export interface ActionQuestionItem {
  id: string;
  question: string;
  askedAt: string;
  askedBy: { displayName: string };
  isOpen: boolean;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: { displayName: string } | null;
  /** Shown on the dashboard, where questions about many actions sit together. */
  action?: {
    id: string;
    what: string;
    isOverdue: boolean;
    owner: { displayName: string };
    /** Null when the viewer owns the action but may not read the rest of the record (ADR 0041). */
    review: { person: { id: string } } | null;
    context: { personName: string | null };
  };
}

/** Questions on one action: for the action's own page (loader: `loadActionQuestions`). */
const QuestionsOnAction = graphql(`
  query ConsoleActionQuestions($id: ID!) {
    node(id: $id) {
      ... on Action {
        questions {
          id question askedAt askedBy { displayName } isOpen answer answeredAt
          answeredBy { displayName }
        }
      }
    }
  }
`);

type Api = Awaited<ReturnType<typeof requireApi>>;

export async function loadActionQuestions(api: Api, actionId: string) {
  const { node } = await api.request(QuestionsOnAction, { id: actionId });
  return node && "questions" in node ? (node.questions as ActionQuestionItem[]) : [];
}

const Answer = graphql(`
  mutation ConsoleAnswerActionQuestion($input: AnswerActionQuestionInput!) {
    answerActionQuestion(input: $input) { errors { field code message } }
  }
`);

export const ANSWER_INTENT = "answer-question";

/** What a refused answer sends back to the page: the text kept, the error beside its box. */
export interface AnswerProblem {
  questionId: string;
  answer: string;
  error: string;
  unavailable: boolean;
}

/**
 * Handles a posted answer (any route's action). Null when it worked; the
 * page then redirects so a reload cannot post it twice.
 */
export async function answerQuestion(api: Api, form: FormData): Promise<AnswerProblem | null> {
  const questionId = String(form.get("questionId") ?? "");
  const answer = String(form.get("answer") ?? "");
  if (!answer.trim())
    return { questionId, answer, error: "Say what you told them or did", unavailable: false };
  try {
    const { answerActionQuestion } = await api.request(Answer, {
      input: { questionId, answer },
    });
    const [first] = answerActionQuestion.errors;
    if (!first) return null;
    const error =
      first.code === "TRANSITION_NOT_ALLOWED"
        ? "Someone has already answered this question: look again"
        : first.code === "FORBIDDEN" || first.code === "NOT_FOUND"
          ? "You cannot answer questions about this person's actions"
          : first.code === "TOO_LONG"
            ? "Keep the answer under 2,000 characters"
            : first.message;
    return { questionId, answer, error, unavailable: false };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return {
      questionId,
      answer,
      error: "Sorry, the answer could not be saved. Try again in a few minutes.",
      unavailable: true,
    };
  }
}

const whenFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "Europe/London",
});

/** "18 November 2026 at 4:20 pm", in England's time whatever the server's zone. */
export function askedWhen(instant: string): string {
  return whenFormat.format(new Date(instant)).replace(",", " at");
}

/** The error summary for a refused answer: put it at the top of the page, before the heading. */
export function AnswerErrorSummary({ problem }: { problem: AnswerProblem | null }) {
  return problem ? (
    <ErrorSummary errors={[{ fieldId: `answer-${problem.questionId}`, message: problem.error }]} />
  ) : null;
}

export interface ActionQuestionListProps {
  questions: readonly ActionQuestionItem[];
  /** The refused answer, if the last post was one. */
  problem?: AnswerProblem | null;
  /** Where the answer form posts: the page showing the list. */
  formAction?: string;
  headingLevel?: 2 | 3;
}

/** The questions, each with who asked and when, its answer or a form to answer it. */
export function ActionQuestionList({
  questions,
  problem = null,
  formAction,
  headingLevel = 2,
}: ActionQuestionListProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="cetr-list-plain cetr-question-list">
      {questions.map((q) => {
        const mine = problem?.questionId === q.id ? problem : null;
        const headingId = `question-${q.id}`;
        return (
          <li key={q.id} className="cetr-card" aria-labelledby={headingId}>
            <Heading id={headingId} className="cetr-card__title">
              {q.action
                ? `${whoseAction(q.action.context)}: ${q.action.what}`
                : `Question from ${q.askedBy.displayName}`}
            </Heading>
            <p>
              <Tag colour={q.isOpen ? "yellow" : "green"}>
                {q.isOpen ? "Waiting for an answer" : "Answered"}
              </Tag>{" "}
              {q.action?.isOverdue ? <Tag colour="red">Action is late</Tag> : null}
            </p>
            {q.action ? (
              <p>
                Responsible: {q.action.owner.displayName}.{" "}
                <Link href={actionPath(q.action.id)}>The action</Link>
                {/* Only for those who may read the record: an owner alone sees just the action. */}
                {q.action.review ? (
                  <>
                    {" · "}
                    <Link href={`/people/${encodeURIComponent(q.action.review.person.id)}`}>
                      {`${whoseAction(q.action.context)}'s record`}
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
            <p>{`${q.askedBy.displayName} asked on ${askedWhen(q.askedAt)}:`}</p>
            <blockquote className="cetr-inset-text">{q.question}</blockquote>
            {q.isOpen ? (
              <details open={Boolean(mine)}>
                <summary>Answer this question</summary>
                <Form method="post" action={formAction} noValidate>
                  <input type="hidden" name="intent" value={ANSWER_INTENT} />
                  <input type="hidden" name="questionId" value={q.id} />
                  <TextArea
                    id={`answer-${q.id}`}
                    name="answer"
                    label="What you told them, or did"
                    hint={`Contact ${q.askedBy.displayName} first, in the way they prefer. Then record it here: this closes the question.`}
                    defaultValue={mine?.answer ?? ""}
                    errorMessage={mine?.error}
                    rows={4}
                  />
                  <Button type="submit">Save the answer</Button>
                </Form>
              </details>
            ) : q.answer ? (
              <p>
                {`${q.answeredBy?.displayName ?? "Staff"} answered${q.answeredAt ? ` on ${askedWhen(q.answeredAt)}` : ""}: `}
                {q.answer}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
