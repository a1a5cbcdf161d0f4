import { GraphQLRequestError } from "@cetr/graphql";
import { Link } from "@cetr/ui";
import { data, redirect } from "react-router";
import {
  answerChanges,
  answerMap,
  FEEDBACK_FIELDS,
  type FieldProblem,
  isFeedbackKey,
  plannerPath,
  readFeedbackForm,
} from "../lib/planner";
import { loadPlanner, plannerView, SubmitPlanner, saveChanges } from "../lib/planner.server";
import type { Route } from "./+types/planner-feedback";
import {
  BackToPlanner,
  PageTitle,
  PlannerProblems,
  plannerLinks,
  QuestionField,
  usePlannerText,
} from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadPlanner(request, params.personId);
  // Feedback is about a review that has happened.
  if (!page.heldReview) throw redirect(plannerPath(page.personId));
  return plannerView(page);
}

type ActionResult = { values: Record<string, string>; problems: FieldProblem[] };

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const { api, page } = await loadPlanner(request, params.personId);
  if (!page.heldReview) throw redirect(plannerPath(page.personId), 303);
  const { values, problems } = readFeedbackForm(form);
  if (problems.length) return data<ActionResult>({ values, problems }, { status: 400 });
  const notSaved = () =>
    data<ActionResult>(
      { values, problems: [{ key: "save", message: "planner.errors.notSaved" }] },
      { status: 503 },
    );
  try {
    const existing = answerMap(
      (page.draft?.answers ?? []).filter((a) => isFeedbackKey(a.questionKey)),
    );
    const changes = answerChanges(values, existing);
    const saved = await saveChanges(api, page, changes, page.heldReview.id);
    if (!saved.ok) return notSaved();
    // Feedback goes with the planner if a draft of it is open; otherwise it is sent on its own.
    if (saved.documentId && saved.keys.every(isFeedbackKey)) {
      const { submitPlanner } = await api.request(SubmitPlanner, {
        input: { documentId: saved.documentId },
      });
      if (submitPlanner.errors.length) return notSaved();
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return notSaved();
  }
  throw redirect(plannerPath(page.personId, "/feedback"), 303);
}

/** After the review: a short feedback form, then thanks. */
export default function PlannerFeedback({ loaderData: view, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const problems = actionData?.problems ?? [];
  const given = view.feedback.length > 0 && !actionData;
  const title = tx(given ? "planner.feedback.thanksTitle" : "planner.feedback.title");
  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={problems.length > 0} />
      <BackToPlanner personId={view.personId} />
      <PlannerProblems problems={problems} buttonId="planner-send" />
      {given ? (
        <>
          <div className="cetr-panel" role="status">
            <h1 className="cetr-panel__title">{title}</h1>
            <p className="cetr-panel__body">{tx("planner.feedback.thanks")}</p>
          </div>
          <p>
            <Link href="/home">{tx("common.yourPage")}</Link>
          </p>
        </>
      ) : (
        <>
          <h1>{title}</h1>
          <p>{tx("planner.feedback.intro")}</p>
          <form method="post" className="cetr-form" noValidate>
            {FEEDBACK_FIELDS.map((field) => (
              <QuestionField
                key={field.key}
                field={field}
                value={actionData?.values[field.key] ?? ""}
                problem={problems.find((p) => p.key === field.key)}
              />
            ))}
            <button id="planner-send" type="submit" className="cetr-button">
              {tx("planner.feedback.send")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
