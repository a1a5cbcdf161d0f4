import { ErrorSummary, Link, Notice, TextArea } from "@cetr/ui";
import { data, redirect } from "react-router";
import { actionsPath, askPath } from "../lib/actions";
import { type AskProblem, loadAction, QUESTION_MAX, sendQuestion } from "../lib/actions.server";
import type { Route } from "./+types/action-ask";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { personId, action } = await loadAction(request, params.personId, params.actionId);
  return { personId, action };
}

interface AskError {
  question: string;
  problem: AskProblem | null;
  tooMany: number | null;
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const question = String(form.get("question") ?? "");
  const { api, personId, action } = await loadAction(request, params.personId, params.actionId);
  const outcome = await sendQuestion(api, action.id, question);
  if (outcome.kind === "sent")
    throw redirect(
      askPath(personId, action.id, `/sent?q=${encodeURIComponent(outcome.questionId)}`),
      303,
    );
  if (outcome.kind === "tooMany")
    return data<AskError>(
      { question, problem: null, tooMany: outcome.retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
    );
  return data<AskError>(
    { question, problem: outcome.problem, tooMany: null },
    { status: outcome.problem === "notSent" ? 503 : 400 },
  );
}

/** "Ask about this action": one question, sent to the owner and the commissioner. */
export default function ActionAsk({ loaderData, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { personId, action } = loaderData;
  const title = tx("actions.ask.title");
  const problem = actionData?.problem ?? null;
  const tooMany = actionData?.tooMany ?? null;
  const problemText = problem
    ? tx(`actions.ask.errors.${problem}`, { max: QUESTION_MAX })
    : tooMany !== null
      ? tx("actions.ask.errors.tooMany", {
          wait:
            tooMany >= 60
              ? tx("signIn.tooMany.minutes", { count: Math.ceil(tooMany / 60) })
              : tx("signIn.tooMany.seconds", { count: tooMany }),
        })
      : null;
  // A problem with the text links to the box; one with sending, to the button.
  const target = problem === "blank" || problem === "tooLong" ? "question" : "send-question";
  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={Boolean(problemText)} />
      <p>
        <Link href={actionsPath(personId)} variant="back">
          {tx("actions.ask.cancel")}
        </Link>
      </p>
      {problemText ? (
        <ErrorSummary
          title={tx("common.errorSummaryTitle")}
          errors={[{ fieldId: target, message: problemText }]}
        />
      ) : null}
      <h1>{title}</h1>
      <div className="cetr-inset-text">
        <p>
          <strong>{action.plainWhat ?? action.what}</strong>
        </p>
        {action.state === "late" ? (
          <p>{tx("actions.tracker.late", { count: action.daysLate })}</p>
        ) : null}
      </div>
      <p>{tx("actions.ask.lead")}</p>
      <p>{tx("actions.ask.whoReads", { owner: action.ownerName })}</p>
      <form method="post" noValidate>
        <TextArea
          id="question"
          label={tx("actions.ask.label")}
          hint={tx("actions.ask.hint")}
          defaultValue={actionData?.question ?? ""}
          errorMessage={target === "question" ? problemText : undefined}
          errorPrefix={tx("common.errorPrefix")}
          rows={6}
        />
        {tooMany !== null || problem === "notSent" ? (
          <Notice title={tx("common.errorSummaryTitle")} variant="warning" role="status">
            <p>{problemText}</p>
          </Notice>
        ) : null}
        <button id="send-question" type="submit" className="cetr-button">
          {tx("actions.ask.send")}
        </button>
      </form>
    </div>
  );
}
