import { graphql } from "@cetr/graphql";
import { Button, Link, Notice, RadioGroup, Tag, TextArea } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { actionPath, actionStatus, whoseAction } from "../lib/action-labels";
import {
  ActionQuestionList,
  ANSWER_INTENT,
  AnswerErrorSummary,
  type AnswerProblem,
  answerQuestion,
  loadActionQuestions,
} from "../lib/action-questions";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { sentOn } from "../lib/profile";
import { type Api, reviewDescription, reviewPath } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { attempt, formText, splitErrors } from "../lib/review-forms.server";
import timelineStyles from "../lib/timeline.css?url";
import worklistStyles from "../lib/worklist.css?url";
import type { Route } from "./+types/action";

/**
 * Following one action through to done (§13, standards 5.11, 6.2): progress
 * notes the family can read in their portal, and the status — done, or not
 * done with the reason a follow-up review will ask for.
 */

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: timelineStyles },
  { rel: "stylesheet", href: worklistStyles },
];

const ActionPage = graphql(`
  query ConsoleAction($id: ID!) {
    node(id: $id) {
      __typename
      ... on Action {
        id what plainWhat howWeWillKnow dueOn status isOverdue daysOverdue completedOn notDoneReason
        owner { displayName }
        finding { keyQuestion }
        review { id }
        context { reviewKind reviewHeldOn reviewScheduledOn personName }
        updates { id at note statusAfter author { displayName } }
      }
    }
  }
`);

const AddUpdate = graphql(`
  mutation ConsoleAddActionUpdate($input: AddActionUpdateInput!) {
    addActionUpdate(input: $input) { errors { field code message } }
  }
`);

const STATUS_CHOICES = [
  { value: "", label: "Leave it as it is" },
  {
    value: "DONE",
    label: "Done",
    hint: "It has happened, and we know because of the measure above.",
  },
  {
    value: "NOT_DONE",
    label: "Not done",
    hint: "It will not happen. Your note is the reason: the next review will ask about it.",
  },
  { value: "OPEN", label: "Open again", hint: "It still needs to happen." },
] as const;
const STATUS_AFTER_LABELS: Record<string, string> = {
  DONE: "Done",
  NOT_DONE: "Not done",
  OPEN: "Open again",
};

async function loadAction(api: Api, id: string) {
  const { node } = await api.request(ActionPage, { id });
  if (node?.__typename !== "Action")
    throw data("There is no action with this ID that you can reach", { status: 404 });
  return node;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const action = await loadAction(api, params.id);
  const questions = await loadActionQuestions(api, action.id);
  const done = new URL(request.url).searchParams.get("done");
  return { action, questions, done: done === "update" || done === "answer" ? done : null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const found = await loadAction(api, params.id);
  const form = await request.formData();
  // A family's question answered here (lib/action-questions), or a progress update below.
  if (form.get("intent") === ANSWER_INTENT) {
    const problem = await answerQuestion(api, form);
    if (problem)
      return data<{ problem: AnswerProblem }>(
        { problem },
        { status: problem.unavailable ? 503 : 400 },
      );
    throw redirect(`${actionPath(found.id)}?done=answer`, { status: 303 });
  }
  const text = formText(form);
  const values = { note: text("note"), statusAfter: text("statusAfter") };
  const errors: Record<string, string> = {};
  if (!values.note.trim())
    errors.note =
      values.statusAfter === "NOT_DONE"
        ? "Say why it was not done: the family and the next review will want to know"
        : "Write what has happened";
  if (Object.keys(errors).length)
    return data(
      { values, errors, formErrors: [] as string[], unavailable: false },
      { status: 400 },
    );
  const result = await attempt(
    async () =>
      (
        await api.request(AddUpdate, {
          input: {
            actionId: found.id,
            note: values.note,
            statusAfter: (values.statusAfter || null) as never,
          },
        })
      ).addActionUpdate.errors,
  );
  if (result.unavailable)
    return data({ values, errors, formErrors: [] as string[], unavailable: true }, { status: 503 });
  const { byField, formErrors } = splitErrors(result.errors, ["note", "statusAfter"]);
  if (result.errors.length)
    return data({ values, errors: byField, formErrors, unavailable: false }, { status: 400 });
  throw redirect(`${actionPath(found.id)}?done=update`, { status: 303 });
}

export default function ActionPageView({ loaderData, actionData }: Route.ComponentProps) {
  const { action: a, questions, done } = loaderData;
  const status = actionStatus(a);
  const answerProblem = actionData && "problem" in actionData ? actionData.problem : null;
  const update = actionData && "values" in actionData ? actionData : null;
  const errors: Record<string, string> = update?.errors ?? {};
  const problems = {
    unavailable: Boolean(update?.unavailable),
    formErrors: update?.formErrors ?? [],
    summary: errorSummaryItems(["note", "statusAfter"], errors),
  };
  return (
    <div className="cetr-readable cetr-review-wrap">
      <title>
        {pageTitle(`Action: ${a.what}`, hasProblems(problems) || Boolean(answerProblem))}
      </title>
      {/* The review is linked only for those who may read it: an owner alone sees just the action (ADR 0041). */}
      {a.review ? (
        <p>
          <Link href={reviewPath(a.review.id, "actions")} variant="back">
            All actions from this review
          </Link>
        </p>
      ) : null}
      <p className="cetr-hint">
        {reviewDescription({
          kind: a.context.reviewKind,
          heldOn: a.context.reviewHeldOn,
          scheduledOn: a.context.reviewScheduledOn,
          person: { name: whoseAction(a.context) },
        })}
      </p>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save the update"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, the update could not be saved"
      />
      <AnswerErrorSummary problem={answerProblem} />
      {done && !actionData ? (
        <Notice
          title={done === "answer" ? "Answer saved" : "Update saved"}
          variant="success"
          role="status"
        >
          <p>The family can read it in their portal.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">
        {a.what} <Tag colour={status.colour}>{status.label}</Tag>
      </h1>
      <SummaryList
        rows={[
          ...(a.plainWhat ? [{ key: "In the family's words", value: a.plainWhat }] : []),
          { key: "Who is responsible", value: a.owner.displayName },
          { key: "How we will know it is done", value: a.howWeWillKnow },
          { key: "Done by", value: formatCalendarDate(a.dueOn as string) },
          ...(a.completedOn
            ? [{ key: "Done on", value: formatCalendarDate(a.completedOn as string) }]
            : []),
          ...(a.notDoneReason ? [{ key: "Why it was not done", value: a.notDoneReason }] : []),
          ...(a.finding?.keyQuestion
            ? [{ key: "Line of enquiry", value: a.finding.keyQuestion }]
            : []),
        ]}
      />
      {questions.length > 0 ? (
        <>
          <h2 className="cetr-heading-l">Questions from the family</h2>
          <ActionQuestionList questions={questions} problem={answerProblem} headingLevel={3} />
        </>
      ) : null}
      <h2 className="cetr-heading-l">Progress</h2>
      {a.updates.length === 0 ? (
        <p>No updates yet.</p>
      ) : (
        <ol className="cetr-timeline">
          {a.updates.map((u) => (
            <li key={u.id} className="cetr-timeline__item">
              <p className="cetr-hint">
                <time dateTime={u.at as string}>{sentOn(u.at as string)}</time>, by{" "}
                {u.author.displayName}
                {u.statusAfter ? ` – marked: ${STATUS_AFTER_LABELS[u.statusAfter]}` : ""}
              </p>
              <p>{u.note}</p>
            </li>
          ))}
        </ol>
      )}
      <Form key={a.updates.length} method="post" noValidate aria-labelledby="update-heading">
        <h2 id="update-heading" className="cetr-heading-m">
          Add an update
        </h2>
        <TextArea
          id="note"
          label="What has happened?"
          hint="The person and their family can read this in the family portal. Write it for them."
          defaultValue={update?.values.note ?? ""}
          errorMessage={errors.note}
          rows={4}
        />
        <RadioGroup
          id="statusAfter"
          name="statusAfter"
          legend="Does this change where the action stands?"
          options={STATUS_CHOICES.filter((c) => c.value !== a.status).map((c) => ({
            value: c.value,
            label: c.label,
            hint: "hint" in c ? c.hint : undefined,
          }))}
          defaultValue={update?.values.statusAfter ?? ""}
          isInvalid={Boolean(errors.statusAfter)}
          errorMessage={errors.statusAfter}
        />
        <Button type="submit">Save the update</Button>
      </Form>
    </div>
  );
}
