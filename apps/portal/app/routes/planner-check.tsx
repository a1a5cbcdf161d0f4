import { GraphQLRequestError } from "@cetr/graphql";
import { ErrorSummary, Link, Pictogram } from "@cetr/ui";
import { data, redirect } from "react-router";
import {
  answerMap,
  fieldId,
  plannerAnswers,
  plannerPath,
  SECTIONS,
  type SectionId,
} from "../lib/planner";
import { loadPlanner, plannerView, SubmitPlanner } from "../lib/planner.server";
import { usePreferences } from "../lib/preferences";
import type { Route } from "./+types/planner-check";
import {
  AnswerValue,
  BackToPlanner,
  PageTitle,
  plannerLinks,
  sectionPictures,
  usePlannerText,
  WrittenBy,
} from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadPlanner(request, params.personId);
  return plannerView(page);
}

type CheckError = "planner.check.nothingError" | "planner.errors.notSaved";

export async function action({ request, params }: Route.ActionArgs) {
  const { api, page } = await loadPlanner(request, params.personId);
  // Sent already (a second click, another tab): the confirmation is the truthful answer.
  if (page.mode === "sent") throw redirect(plannerPath(page.personId, "/sent"), 303);
  const failed = (error: CheckError, status: number) => data({ error }, { status });
  if (!page.draft || plannerAnswers(page.draft.answers).length === 0)
    return failed("planner.check.nothingError", 400);
  try {
    const { submitPlanner } = await api.request(SubmitPlanner, {
      input: { documentId: page.draft.id },
    });
    const [first] = submitPlanner.errors;
    if (first && first.code !== "TRANSITION_NOT_ALLOWED")
      return failed("planner.errors.notSaved", 503);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return failed("planner.errors.notSaved", 503);
  }
  throw redirect(plannerPath(page.personId, "/sent"), 303);
}

/** Check your answers: every section's answers, who wrote them, a Change link each; then Send. */
export default function PlannerCheck({ loaderData: view, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const answers = answerMap(view.answers);
  const { register, pictures } = usePreferences();
  const showPictures = register === "easyRead" && pictures;
  const isSent = view.mode === "sent";
  const hasAnswers = plannerAnswers(view.answers).length > 0;
  const error = actionData?.error;
  const title = tx(isSent ? "planner.sent.yourAnswers" : "planner.check.title");
  const sectionsWithQuestions = SECTIONS.filter((s) => s.fields.length > 0);
  const changeLink = (id: SectionId, question: string, key?: string) => (
    <Link href={`${plannerPath(view.personId, `/${id}`)}${key ? `#${fieldId(key)}` : ""}`}>
      {tx("planner.check.change")}
      <span className="cetr-visually-hidden"> {question}</span>
    </Link>
  );

  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={Boolean(error)} />
      <BackToPlanner personId={view.personId} />
      {error ? (
        <ErrorSummary
          title={tx("common.errorSummaryTitle")}
          errors={[{ fieldId: "planner-send", message: tx(error) }]}
        />
      ) : null}
      <span className="cetr-hint">{tx("planner.title")}</span>
      <h1>{title}</h1>
      {isSent ? null : <p>{tx("planner.check.intro")}</p>}
      {sectionsWithQuestions.map((section) => {
        const sectionTitle = tx(`planner.sections.${section.id}.title`);
        return (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 id={`check-${section.id}`} className="planner-summary__heading">
              {showPictures ? <Pictogram name={sectionPictures[section.id]} size={48} /> : null}
              {sectionTitle}
            </h2>
            <dl className="cetr-summary-list">
              {section.fields.map((field) => {
                const answer = answers.get(field.key);
                const question = tx(`${field.text}.label`);
                return (
                  <div key={field.key} className="cetr-summary-list__row">
                    <dt className="cetr-summary-list__key">{question}</dt>
                    <dd className="cetr-summary-list__value planner-answer">
                      {answer ? (
                        <>
                          <AnswerValue field={field} answer={answer.answer} />
                          <WrittenBy answer={answer} roles={view.roles} />
                        </>
                      ) : (
                        <p>{tx("planner.notAnswered")}</p>
                      )}
                    </dd>
                    {isSent ? null : (
                      <dd className="cetr-summary-list__actions">
                        {changeLink(section.id, question, field.key)}
                      </dd>
                    )}
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      {isSent ? null : (
        <>
          <h2>{tx("planner.check.sendHeading")}</h2>
          {hasAnswers ? (
            <p>{tx("planner.check.sendText")}</p>
          ) : (
            <p>{tx("planner.check.nothing")}</p>
          )}
          <form method="post" noValidate>
            <button id="planner-send" type="submit" className="cetr-button">
              {tx("planner.check.send")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
