import { ErrorSummary, Link, Notice, TextArea } from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { type AskProblem, actionsPath, askPath, QUESTION_MAX } from "../lib/actions";
import { loadAction, loadAskedQuestion, sendQuestion } from "../lib/actions.server";
import type { Route } from "./+types/action-ask";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

/**
 * The form, and after a send its confirmation (`?sent=` the question's ID) at
 * the same address: one route module fewer for every page's manifest to carry.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, personId, action } = await loadAction(request, params.personId, params.actionId);
  const sentId = new URL(request.url).searchParams.get("sent");
  if (!sentId) return { personId, action, sent: null };
  const sent = await loadAskedQuestion(api, sentId, action.id);
  // Only a question really sent about this action gets a confirmation.
  if (!sent) throw redirect(askPath(personId, action.id));
  return { personId, action, sent };
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
      askPath(personId, action.id, `?sent=${encodeURIComponent(outcome.questionId)}`),
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
  const { personId, action, sent } = loaderData;
  if (sent !== null)
    return <AskSent personId={personId} ownerName={action.ownerName} question={sent} />;
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

const nextPictures = { read: "listen", reply: "talk", page: "actions" } as const;

/** Confirmation: the question went to the owner and the commissioner, and what happens next. */
function AskSent({
  personId,
  ownerName,
  question,
}: {
  personId: string;
  ownerName: string;
  question: string;
}) {
  const tx = usePlannerText();
  const title = tx("actions.ask.sent.title");
  return (
    <div className="cetr-readable">
      <PageTitle title={title} />
      <div className="cetr-panel" role="status">
        <h1 className="cetr-panel__title">{title}</h1>
        <p className="cetr-panel__body">{tx("actions.ask.sent.body", { owner: ownerName })}</p>
      </div>
      <h2>{tx("actions.ask.sent.yourQuestion")}</h2>
      <p className="planner-answer">{question}</p>
      <h2>{tx("actions.ask.sent.nextHeading")}</h2>
      <Ideas pictures={nextPictures} text={(id) => tx(`actions.ask.sent.next.${id}`)} />
      <p>
        <Link href={actionsPath(personId)}>{tx("actions.ask.sent.back")}</Link>
      </p>
      <p>
        <Link href="/home">{tx("common.yourPage")}</Link>
      </p>
    </div>
  );
}
