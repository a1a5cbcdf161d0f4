import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, DateInput, type DatePart, Link, RadioGroup, TextField } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { readDateParts } from "../lib/date-of-birth";
import { planningHint } from "../lib/due-reviews";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import { REVIEW_KIND_LABELS } from "../lib/person-labels";
import { DUE_KIND_OF, REVIEW_FORMAT_LABELS } from "../lib/review-labels";
import type { Route } from "./+types/person-review-new";

/**
 * Plan a review (issue 8 item 4, §7): kind, date, how and where, and the
 * policy profile whose timescales apply. What the scheduler says is due is
 * shown beside each kind, so the date can be chosen against the deadline.
 * Reached from a person's record, or from a request being convened (then it
 * returns to the request, where the new review can be linked).
 */

const PlanReviewPage = graphql(`
  query ConsolePlanReview($id: ID!) {
    person(id: $id) {
      id name
      dueReviews { kind dueOn dueCondition overdue rule section }
    }
    policyProfiles { key name description }
    viewer { memberships { organisation { id name } } }
  }
`);

const ScheduleReview = graphql(`
  mutation ConsoleScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) { review { id } errors { field code message } }
  }
`);

const KINDS = [
  "POST_ADMISSION",
  "INPATIENT",
  "COMMUNITY",
  "ON_REQUEST",
  "HIGHER_SECURITY",
] as const;
/** The review kind for each of the scheduler's names (Person.dueReviews). */
const REVIEW_KIND_FOR_DUE: Record<string, string> = Object.fromEntries(
  Object.entries(DUE_KIND_OF).map(([kind, due]) => [due, kind]),
);

const FORMATS = Object.entries(REVIEW_FORMAT_LABELS).map(([value, label]) => ({ value, label }));

type Field =
  | "kind"
  | "date"
  | "format"
  | "venue"
  | "policyProfileKey"
  | "commissioningOrganisationId";
const FIELDS: readonly Field[] = [
  "kind",
  "date",
  "format",
  "venue",
  "policyProfileKey",
  "commissioningOrganisationId",
];

/**
 * The request to return to, if the page was opened from one: a request form
 * (?request=RQ-…) or a request made without one (?reviewRequest=<its ID>).
 * Only those two shapes, so the page cannot be made to send anyone elsewhere.
 */
function requestToReturnTo(url: URL): { href: string; label: string } | null {
  const reference = url.searchParams.get("request");
  if (reference && /^RQ-[A-Z0-9-]{4,20}$/.test(reference))
    return { href: `/requests/${encodeURIComponent(reference)}`, label: `request ${reference}` };
  const id = url.searchParams.get("reviewRequest");
  if (id && /^[A-Za-z0-9+/=_-]{1,200}$/.test(id))
    return { href: `/review-requests/${encodeURIComponent(id)}`, label: "the request" };
  return null;
}

async function loadPage(request: Request, id: string) {
  const api = await requireApi(request);
  const page = await api.request(PlanReviewPage, { id });
  if (!page.person)
    throw data("There is no person with this ID that you can reach", { status: 404 });
  const organisations = [
    ...new Map(page.viewer.memberships.map((m) => [m.organisation.id, m.organisation])).values(),
  ];
  return { api, person: page.person, profiles: page.policyProfiles, organisations };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { person, profiles, organisations } = await loadPage(request, params.id);
  const url = new URL(request.url);
  return {
    person,
    profiles,
    organisations,
    fromRequest: requestToReturnTo(url),
    suggestedKind: url.searchParams.get("kind") ?? "",
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, person, organisations } = await loadPage(request, params.id);
  const posted = await request.formData();
  const text = (key: string) => {
    const value = posted.get(key);
    return typeof value === "string" ? value : "";
  };
  const values = {
    kind: text("kind"),
    "date-day": text("date-day"),
    "date-month": text("date-month"),
    "date-year": text("date-year"),
    format: text("format"),
    venue: text("venue"),
    policyProfileKey: text("policyProfileKey"),
    commissioningOrganisationId:
      organisations.length === 1
        ? (organisations[0]?.id ?? "")
        : text("commissioningOrganisationId"),
  };
  const errors: Partial<Record<Field, string>> = {};
  let invalidDateParts: DatePart[] = [];
  const date = readDateParts(
    { day: values["date-day"], month: values["date-month"], year: values["date-year"] },
    "The date of the review",
  );
  if (date.kind === "empty") errors.date = "Enter the date of the review";
  if (date.kind === "incomplete") {
    errors.date = date.message;
    invalidDateParts = date.parts;
  }
  if (!values.kind) errors.kind = "Choose which review this is";
  const formErrors: string[] = [];
  if (organisations.length === 0)
    formErrors.push("Only staff of a commissioning organisation can plan reviews");
  else if (!values.commissioningOrganisationId)
    errors.commissioningOrganisationId = "Choose the commissioner responsible for the review";
  const refused = (status: number, unavailable = false) =>
    data({ values, errors, invalidDateParts, formErrors, unavailable }, { status });
  if (Object.keys(errors).length > 0 || formErrors.length > 0 || date.kind !== "date")
    return refused(400);

  let result: { review: { id: string } | null; errors: { field: string; message: string }[] };
  try {
    result = (
      await api.request(ScheduleReview, {
        input: {
          personId: person.id,
          kind: values.kind as never,
          date: date.value,
          format: (values.format || null) as never,
          venue: values.venue.trim() || null,
          policyProfileKey: values.policyProfileKey || null,
          commissioningOrganisationId: values.commissioningOrganisationId,
        },
      })
    ).scheduleReview;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return refused(503, true);
  }
  if (result.review && result.errors.length === 0) {
    const fromRequest = requestToReturnTo(new URL(request.url));
    throw redirect(
      fromRequest ? `${fromRequest.href}?done=planned` : `/people/${encodeURIComponent(person.id)}`,
      { status: 303 },
    );
  }
  // The organisation is a question only when there is a choice; otherwise its error is the form's.
  const asked = FIELDS.filter(
    (f) => f !== "commissioningOrganisationId" || organisations.length > 1,
  );
  for (const error of result.errors) {
    const field = asked.find((f) => f === error.field);
    if (field) errors[field] ??= error.message;
    else formErrors.push(error.message);
  }
  if (errors.date) invalidDateParts = ["day", "month", "year"];
  return refused(400);
}

export default function PlanReview({ loaderData, actionData }: Route.ComponentProps) {
  const { person, profiles, organisations, fromRequest, suggestedKind } = loaderData;
  const values = actionData?.values;
  const errors: Partial<Record<Field, string>> = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(FIELDS, errors),
  };
  const due = new Map<string, NonNullable<typeof person.dueReviews>[number]>(
    (person.dueReviews ?? []).map((d) => [REVIEW_KIND_FOR_DUE[d.kind] ?? d.kind, d]),
  );
  const dueHint = (kind: string) => {
    const d = due.get(kind);
    return d ? planningHint(d) : undefined;
  };
  const heading = `Plan a review for ${person.name}`;
  const back = fromRequest ? fromRequest.href : `/people/${encodeURIComponent(person.id)}`;
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={back} variant="back">
        {fromRequest ? `Back to ${fromRequest.label}` : `Back to ${person.name}`}
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not plan the review"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot plan this review"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <Form method="post" noValidate>
        <RadioGroup
          id="kind"
          name="kind"
          legend="Which review is this?"
          options={KINDS.map((kind) => ({
            value: kind,
            label: REVIEW_KIND_LABELS[kind] ?? kind,
            hint: dueHint(kind),
          }))}
          defaultValue={values?.kind ?? suggestedKind}
          isInvalid={Boolean(errors.kind)}
          errorMessage={errors.kind}
        />
        <DateInput
          id="date"
          name="date"
          legend="When will it be held?"
          hint="For example, 27 3 2027"
          defaultValue={{
            day: values?.["date-day"] ?? "",
            month: values?.["date-month"] ?? "",
            year: values?.["date-year"] ?? "",
          }}
          errorMessage={errors.date}
          invalidParts={actionData?.invalidDateParts ?? []}
        />
        <RadioGroup
          id="format"
          name="format"
          legend="How will people meet? (optional)"
          hint="Ask the person what works for them: some find video calls harder, some find rooms full of people harder."
          options={FORMATS}
          defaultValue={values?.format}
          isInvalid={Boolean(errors.format)}
          errorMessage={errors.format}
        />
        <TextField
          id="venue"
          name="venue"
          label="Where? (optional)"
          hint="For example, the family's home, or a quiet room at Oakfield Community Support"
          defaultValue={values?.venue ?? ""}
          isInvalid={Boolean(errors.venue)}
          errorMessage={errors.venue}
        />
        <RadioGroup
          id="policyProfileKey"
          name="policyProfileKey"
          legend="Which timescales apply?"
          hint="The policy profile decides when the review and its report are due."
          options={profiles.map((p) => ({ value: p.key, label: p.name, hint: p.description }))}
          defaultValue={values?.policyProfileKey || profiles[0]?.key}
          isInvalid={Boolean(errors.policyProfileKey)}
          errorMessage={errors.policyProfileKey}
        />
        {organisations.length > 1 ? (
          <RadioGroup
            id="commissioningOrganisationId"
            name="commissioningOrganisationId"
            legend="Which commissioner is responsible?"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={values?.commissioningOrganisationId}
            isInvalid={Boolean(errors.commissioningOrganisationId)}
            errorMessage={errors.commissioningOrganisationId}
          />
        ) : null}
        <Button type="submit">Plan the review</Button>
      </Form>
    </div>
  );
}
