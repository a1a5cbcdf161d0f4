import { FOUR_QUESTIONS } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import { Button, Notice, TextArea } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import { plannerAnswers, plannerAnswerTo } from "../lib/planner-answers";
import { latestSentProfile } from "../lib/profile";
import { type Api, ReviewPageNav, reviewNotFound, reviewPath } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { attempt, formText } from "../lib/review-forms.server";
import type { Route } from "./+types/review-summary";

/**
 * The four-question summary (§8, Figure 2): what the panel agreed for each
 * question, with what the person and family said in their planner beside it.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const SummaryPage = graphql(`
  query ConsoleReviewSummary($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind heldOn scheduledOn
        person {
          id name
          plannerDocuments(kind: CETR_PLANNER) {
            status version
            answers { questionKey answer author { displayName } }
          }
        }
        summary { question answer }
      }
    }
  }
`);

const SetAnswer = graphql(`
  mutation ConsoleSetSummaryAnswer($input: SetSummaryAnswerInput!) {
    setSummaryAnswer(input: $input) { errors { field code message } }
  }
`);

const fieldId = (question: string) => `answer-${question}`;
const QUESTION_IDS = FOUR_QUESTIONS.map((q) => q.id);

async function loadReview(api: Api, id: string) {
  const { node } = await api.request(SummaryPage, { id });
  if (node?.__typename !== "Review") return reviewNotFound();
  return node;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const review = await loadReview(api, params.id);
  const planner = latestSentProfile(review.person.plannerDocuments);
  return {
    review,
    said: plannerAnswers(planner?.answers ?? []),
    saved: new URL(request.url).searchParams.get("done") === "saved",
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const review = await loadReview(api, params.id);
  const text = formText(await request.formData());
  const values = Object.fromEntries(QUESTION_IDS.map((q) => [q, text(fieldId(q))]));
  const before = new Map(review.summary.map((s) => [s.question as string, s.answer]));
  const errors: Record<string, string> = {};
  const changed = QUESTION_IDS.filter((q) => (values[q] ?? "").trim() !== (before.get(q) ?? ""));
  for (const q of changed)
    if (!values[q]?.trim())
      errors[fieldId(q)] =
        `Write the panel's answer to "${FOUR_QUESTIONS.find((f) => f.id === q)?.text}": an answer cannot be taken away, only changed`;
  if (Object.keys(errors).length > 0)
    return data({ values, errors, formErrors: [], unavailable: false }, { status: 400 });
  const result = await attempt(async () => {
    const all = [];
    for (const q of changed) {
      const { setSummaryAnswer } = await api.request(SetAnswer, {
        input: { reviewId: review.id, question: q as never, answer: values[q] ?? "" },
      });
      all.push(...setSummaryAnswer.errors.map((e) => ({ ...e, field: fieldId(q) })));
    }
    return all;
  });
  if (result.unavailable)
    return data({ values, errors, formErrors: [], unavailable: true }, { status: 503 });
  for (const e of result.errors) errors[e.field] ??= e.message;
  if (Object.keys(errors).length > 0)
    return data({ values, errors, formErrors: [], unavailable: false }, { status: 400 });
  throw redirect(`${reviewPath(review.id, "summary")}?done=saved`, { status: 303 });
}

export default function ReviewSummaryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review, said, saved } = loaderData;
  const answers = new Map(review.summary.map((s) => [s.question as string, s.answer]));
  const errors: Record<string, string> = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(QUESTION_IDS.map(fieldId), errors),
  };
  const heading = "Four-question summary";
  return (
    <div className="cetr-readable">
      <title>{pageTitle(`${heading}: ${review.person.name}`, hasProblems(problems))}</title>
      <ReviewPageNav review={review} current="summary" />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save the summary"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, the summary could not be saved"
      />
      {saved && !actionData ? (
        <Notice title="Summary saved" variant="success" role="status">
          <p>The panel's answers are saved. You can change them until the report is sent.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        Write what the panel agreed for each question, in words {review.person.name} and their
        family will understand. What they said in their planner is shown under each question.
      </p>
      <Form method="post" noValidate>
        {FOUR_QUESTIONS.map((q) => {
          const planner = plannerAnswerTo(said, q.id);
          return (
            <TextArea
              key={q.id}
              id={fieldId(q.id)}
              label={<span className="cetr-heading-m">{q.text}</span>}
              hint={
                planner
                  ? `In their planner (${planner.author}): “${planner.answer}”`
                  : "Nothing about this in a planner they have sent."
              }
              defaultValue={actionData?.values[q.id] ?? answers.get(q.id) ?? ""}
              errorMessage={errors[fieldId(q.id)]}
              rows={4}
            />
          );
        })}
        <Button type="submit">Save the summary</Button>
      </Form>
    </div>
  );
}
