import { Link } from "@cetr/ui";
import { redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { actionsPath } from "../lib/actions";
import { loadAction, loadAskedQuestion } from "../lib/actions.server";
import type { Route } from "./+types/action-ask-sent";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, personId, action } = await loadAction(request, params.personId, params.actionId);
  const questionId = new URL(request.url).searchParams.get("q") ?? "";
  const question = questionId ? await loadAskedQuestion(api, questionId, action.id) : null;
  // Only a question really sent about this action gets a confirmation.
  if (!question) throw redirect(actionsPath(personId));
  return { personId, ownerName: action.ownerName, question };
}

const nextPictures = { read: "listen", reply: "talk", page: "actions" } as const;

/** Confirmation: the question went to the owner and the commissioner, and what happens next. */
export default function ActionAskSent({ loaderData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { personId, ownerName, question } = loaderData;
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
