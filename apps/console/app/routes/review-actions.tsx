import { londonCalendarDate } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import {
  Button,
  DateInput,
  type DatePart,
  Link,
  Notice,
  Select,
  Table,
  Tag,
  TextArea,
} from "@cetr/ui";
import { type FocusEvent, type FormEvent, useState } from "react";
import { data, Form, redirect } from "react-router";
import { actionStatus } from "../lib/action-labels";
import { requireApi } from "../lib/api.server";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { type Api, ReviewPageNav, reviewNotFound, reviewPath } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { attempt, formText, splitErrors } from "../lib/review-forms.server";
import { personLabel, reviewPeople } from "../lib/review-people";
import {
  ACTION_FIELDS,
  type ActionField,
  type ActionFormValues,
  checkAction,
  readActionForm,
} from "../lib/smart-action";
import type { Route } from "./+types/review-actions";

/**
 * SMART actions agreed at a review (Figure 6, §13, standard 7.2): what
 * exactly, one named owner, how everyone will know it is done, and by when.
 * With JavaScript each answer is checked against the domain's rules as it is
 * typed; without, the same rules answer when the form is sent.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const ActionsPage = graphql(`
  query ConsoleReviewActions($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind status heldOn scheduledOn
        person { id name }
        panel { role user { id displayName } }
        invitations { invitee user { id displayName } }
        findings { id kloeId keyQuestion }
        actions {
          id what dueOn status isOverdue daysOverdue
          owner { displayName }
          finding { keyQuestion }
        }
      }
    }
    viewer { user { id displayName } }
  }
`);

const CreateAction = graphql(`
  mutation ConsoleCreateAction($input: CreateActionInput!) {
    createAction(input: $input) { action { id } errors { field code message } }
  }
`);

async function loadReview(api: Api, id: string) {
  const { node, viewer } = await api.request(ActionsPage, { id });
  if (node?.__typename !== "Review") return reviewNotFound();
  const people = reviewPeople({ ...node, viewer: viewer.user ?? null });
  return { review: node, people };
}

/** The date SMART due dates are measured from, as the API measures it. */
const reviewDateOf = (r: { heldOn?: unknown; scheduledOn?: unknown }): string =>
  ((r.heldOn ?? r.scheduledOn) as string | null) ?? String(londonCalendarDate(new Date()));

export async function loader({ request, params }: Route.LoaderArgs) {
  const { review, people } = await loadReview(await requireApi(request), params.id);
  return {
    review,
    people,
    reviewDate: reviewDateOf(review),
    created: new URL(request.url).searchParams.get("done") === "created",
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const { review, people } = await loadReview(api, params.id);
  const values = readActionForm(formText(await request.formData()));
  const owner = people.find((p) => p.id === values.ownerId);
  const checked = checkAction(values, owner?.name ?? "", reviewDateOf(review));
  const refused = (
    errors: Partial<Record<ActionField, string>>,
    formErrors: string[],
    status = 400,
  ) => {
    const dateError = Boolean(errors.dueOn);
    return data(
      {
        values,
        errors,
        formErrors,
        unavailable: status === 503,
        invalidDateParts: dateError ? invalidParts(values) : [],
      },
      { status },
    );
  };
  if (Object.keys(checked.errors).length > 0 || !checked.dueOn) return refused(checked.errors, []);
  const result = await attempt(
    async () =>
      (
        await api.request(CreateAction, {
          input: {
            reviewId: review.id,
            what: values.what,
            plainWhat: values.plainWhat.trim() || null,
            ownerId: values.ownerId,
            howWeWillKnow: values.howWeWillKnow,
            dueOn: checked.dueOn as string,
            findingId: values.findingId || null,
          },
        })
      ).createAction.errors,
  );
  if (result.unavailable) return refused({}, [], 503);
  const { byField, formErrors } = splitErrors(result.errors, [...ACTION_FIELDS, "plainWhat"]);
  if (result.errors.length > 0) return refused(byField, formErrors);
  throw redirect(`${reviewPath(review.id, "actions")}?done=created`, { status: 303 });
}

/** The date parts to mark: the empty ones when some are filled, else all three. */
function invalidParts(values: ActionFormValues): DatePart[] {
  const parts: DatePart[] = ["day", "month", "year"];
  const empty = parts.filter((p) => values[`dueOn-${p}`].trim() === "");
  return empty.length > 0 && empty.length < 3 ? empty : parts;
}

export default function ReviewActionsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review, people, reviewDate, created } = loaderData;
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(ACTION_FIELDS, actionData?.errors ?? {}),
  };
  const heading = "Actions";
  return (
    <div className="cetr-review-wrap">
      <title>{pageTitle(`${heading}: ${review.person.name}`, hasProblems(problems))}</title>
      <ReviewPageNav review={review} current="actions" />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not add the action"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, the action could not be added"
      />
      {created && !actionData ? (
        <Notice title="Action added" variant="success" role="status">
          <p>
            The family can see it, and its progress, in the family portal. Add another below, or
            follow one through to done from the list.
          </p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{heading}</h1>
      {review.actions.length > 0 ? (
        <Table
          caption={`Actions agreed at this review (${review.actions.length})`}
          head={["What will happen", "Who", "By when", "Status"]}
          rows={review.actions.map((a) => {
            const status = actionStatus(a);
            return {
              key: a.id,
              cells: [
                <Link key="what" href={`/actions/${encodeURIComponent(a.id)}`}>
                  {a.what}
                </Link>,
                a.owner.displayName,
                formatCalendarDate(a.dueOn as string),
                <Tag key="status" colour={status.colour}>
                  {status.label}
                </Tag>,
              ],
            };
          })}
        />
      ) : (
        <p>No actions have been agreed yet.</p>
      )}
      <div className="cetr-readable">
        <NewActionForm
          key={review.actions.length}
          people={people}
          findings={review.findings}
          reviewDate={reviewDate}
          actionData={actionData}
        />
      </div>
    </div>
  );
}

type ActionData = Route.ComponentProps["actionData"];

function NewActionForm({
  people,
  findings,
  reviewDate,
  actionData,
}: {
  people: Route.ComponentProps["loaderData"]["people"];
  findings: readonly { id: string; keyQuestion?: string | null; kloeId: string }[];
  reviewDate: string;
  actionData: ActionData;
}) {
  const values = actionData?.values;
  // As-you-type checks: a field is checked once someone has typed in it (a date once all three
  // boxes are filled or they leave it), so nobody is told off for a box they have not reached.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [live, setLive] = useState<Partial<Record<ActionField, string>> | null>(null);
  const fieldOf = (name: string): ActionField | null => {
    const base = name.replace(/-(day|month|year)$/, "");
    return (ACTION_FIELDS as readonly string[]).includes(base) ? (base as ActionField) : null;
  };
  const recheck = (form: HTMLFormElement, also?: ActionField | null) => {
    const posted = new FormData(form);
    const read = readActionForm((k) => String(posted.get(k) ?? ""));
    const owner = people.find((p) => p.id === read.ownerId);
    setLive(checkAction(read, owner?.name ?? "", reviewDate).errors);
    if (also) setTouched((t) => (t.has(also) ? t : new Set([...t, also])));
  };
  const dateFilled = (form: HTMLFormElement) =>
    (["day", "month", "year"] as const).every(
      (part) => String(new FormData(form).get(`dueOn-${part}`) ?? "").trim() !== "",
    );
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const field = fieldOf((event.target as unknown as HTMLInputElement).name ?? "");
    const form = event.currentTarget;
    recheck(form, field === "dueOn" && !dateFilled(form) ? null : field);
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    // A date is left when focus moves out of all three boxes, not between them.
    if (fieldOf((event.target as unknown as HTMLInputElement).name ?? "") !== "dueOn") return;
    const next = event.relatedTarget as HTMLElement | null;
    if (next?.getAttribute("name")?.startsWith("dueOn-")) return;
    recheck(event.currentTarget, "dueOn");
  };
  const errorFor = (field: ActionField) =>
    live && touched.has(field) ? live[field] : actionData?.errors[field as never];
  const dueError = errorFor("dueOn");
  return (
    <Form
      method="post"
      noValidate
      aria-labelledby="new-action-heading"
      onInput={onInput}
      onChange={(event) => {
        const field = fieldOf((event.target as unknown as HTMLSelectElement).name ?? "");
        if (field === "ownerId" || field === "findingId") recheck(event.currentTarget, field);
      }}
      onBlur={onBlur}
    >
      <h2 id="new-action-heading" className="cetr-heading-l">
        Add an action
      </h2>
      <p>
        Each action needs one named person, a way to know it is done, and a date. The family see
        actions in their portal, so write them so they will understand.
      </p>
      <TextArea
        id="what"
        label="What will happen?"
        hint="Say exactly what will be done, for example: Find a quiet room at school for breaks."
        defaultValue={values?.what ?? ""}
        errorMessage={errorFor("what")}
        rows={3}
      />
      <TextArea
        id="plainWhat"
        label="The same in words the family will understand (optional)"
        hint="Leave this empty if the words above are already easy to understand."
        defaultValue={values?.plainWhat ?? ""}
        rows={2}
      />
      <Select
        id="ownerId"
        name="ownerId"
        label="Who is responsible?"
        hint="One named person. If they are not listed, invite them to the review first."
        options={people.map((p) => ({ value: p.id, label: personLabel(p) }))}
        emptyOptionLabel="Choose a person"
        defaultValue={values?.ownerId ?? ""}
        isInvalid={Boolean(errorFor("ownerId"))}
        errorMessage={errorFor("ownerId")}
      />
      <TextArea
        id="howWeWillKnow"
        label="How will we know it is done?"
        hint="For example: The quiet room is used every day for a week."
        defaultValue={values?.howWeWillKnow ?? ""}
        errorMessage={errorFor("howWeWillKnow")}
        rows={3}
      />
      <DateInput
        id="dueOn"
        name="dueOn"
        legend="When will it be done by?"
        hint={`On or after the review, ${formatCalendarDate(reviewDate)}. For example, 15 1 2027`}
        defaultValue={{
          day: values?.["dueOn-day"] ?? "",
          month: values?.["dueOn-month"] ?? "",
          year: values?.["dueOn-year"] ?? "",
        }}
        errorMessage={dueError}
        invalidParts={dueError && !live ? (actionData?.invalidDateParts ?? []) : []}
      />
      {findings.length > 0 ? (
        <Select
          id="findingId"
          name="findingId"
          label="Which line of enquiry did it come from? (optional)"
          options={findings.map((f) => ({ value: f.id, label: f.keyQuestion ?? f.kloeId }))}
          emptyOptionLabel="None"
          defaultValue={values?.findingId ?? ""}
          isInvalid={Boolean(errorFor("findingId"))}
          errorMessage={errorFor("findingId")}
        />
      ) : null}
      <Button type="submit">Add the action</Button>
    </Form>
  );
}
