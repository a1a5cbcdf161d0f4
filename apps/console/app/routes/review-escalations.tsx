import { londonCalendarDate } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import {
  Button,
  DateInput,
  type DatePart,
  Notice,
  Select,
  Tag,
  TextArea,
  TextField,
} from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import {
  type DateAnswer,
  dateParts,
  ESCALATION_ROUTE_LABELS,
  postedDate,
} from "../lib/escalation-form";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { type Api, ReviewPageNav, reviewNotFound, reviewPath } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { type ApiError, attempt, formText } from "../lib/review-forms.server";
import type { Route } from "./+types/review-escalations";

/**
 * Concerns the review escalates (§20.3): where each went, the receiving
 * body's reference, when the person and family were told, and the outcome.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const EscalationsPage = graphql(`
  query ConsoleReviewEscalations($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind heldOn scheduledOn
        person { id name }
        findings { id kloeId keyQuestion }
        escalations {
          id route concern reference outcome raisedOn personInformedOn closedOn isOpen
          raisedBy { displayName }
          finding { keyQuestion }
        }
      }
    }
  }
`);

const Raise = graphql(`
  mutation ConsoleRaiseEscalation($input: RaiseEscalationInput!) {
    raiseEscalation(input: $input) { errors { field code message } }
  }
`);

const Update = graphql(`
  mutation ConsoleUpdateEscalation($input: UpdateEscalationInput!) {
    updateEscalation(input: $input) { errors { field code message } }
  }
`);

const RAISE_FIELDS = ["route", "concern", "findingId", "raisedOn"] as const;
const UPDATE_FIELDS = ["reference", "personInformedOn", "outcome", "closedOn"] as const;
/** Each escalation's form has its own field ids, so error links land in the right one. */
const updateId = (index: number, field: string) => `escalation-${index}-${field}`;

async function loadReview(api: Api, id: string) {
  const { node } = await api.request(EscalationsPage, { id });
  if (node?.__typename !== "Review") return reviewNotFound();
  return node;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const review = await loadReview(await requireApi(request), params.id);
  const done = new URL(request.url).searchParams.get("done");
  return {
    review,
    today: String(londonCalendarDate(new Date())),
    done: done === "raised" || done === "updated" ? done : null,
  };
}

type Refusal = {
  intent: "raise" | "update";
  index: number;
  values: Record<string, string>;
  errors: Record<string, string>;
  invalidParts: Record<string, DatePart[]>;
  formErrors: string[];
  unavailable: boolean;
};

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const review = await loadReview(api, params.id);
  const posted = await request.formData();
  const text = formText(posted);
  const values = Object.fromEntries([...posted.entries()].map(([k, v]) => [k, String(v)]));
  const intent = text("intent") === "update" ? "update" : "raise";
  const index = Number(text("index"));
  const refusal: Refusal = {
    intent,
    index,
    values,
    errors: {},
    invalidParts: {},
    formErrors: [],
    unavailable: false,
  };
  const dateError = (id: string, answer: DateAnswer) => {
    if (answer.kind !== "error") return;
    refusal.errors[id] = answer.message;
    refusal.invalidParts[id] = answer.parts;
  };
  let run: () => Promise<readonly ApiError[]>;
  let idOf: (field: string) => string;
  if (intent === "raise") {
    idOf = (field) => field;
    const raisedOn = postedDate(text, "raisedOn", "The date it was raised");
    if (!text("route")) refusal.errors.route = "Choose where the concern was sent";
    if (!text("concern").trim()) refusal.errors.concern = "Say what the concern is";
    if (raisedOn.kind === "empty") refusal.errors.raisedOn = "Give the date it was raised";
    dateError("raisedOn", raisedOn);
    run = async () =>
      (
        await api.request(Raise, {
          input: {
            personId: review.person.id,
            reviewId: review.id,
            route: text("route") as never,
            concern: text("concern"),
            findingId: text("findingId") || null,
            raisedOn: raisedOn.kind === "date" ? raisedOn.value : "",
          },
        })
      ).raiseEscalation.errors;
  } else {
    const escalation = review.escalations[index];
    if (!escalation) {
      refusal.formErrors.push("This concern has changed meanwhile: look again and try once more.");
      return data(refusal, { status: 400 });
    }
    idOf = (field) => updateId(index, field);
    const field = (name: string) => text(updateId(index, name));
    const prefixed = (key: string) => text(updateId(index, key));
    const informed = postedDate(prefixed, "personInformedOn", "The date they were told");
    const closed = postedDate(prefixed, "closedOn", "The date it was closed");
    dateError(idOf("personInformedOn"), informed);
    dateError(idOf("closedOn"), closed);
    const changed = (name: "reference" | "outcome") =>
      field(name).trim() === (escalation[name] ?? "") ? undefined : field(name);
    run = async () =>
      (
        await api.request(Update, {
          input: {
            escalationId: escalation.id,
            reference: changed("reference"),
            outcome: changed("outcome"),
            personInformedOn: informed.kind === "date" ? informed.value : undefined,
            closedOn: closed.kind === "date" ? closed.value : undefined,
          },
        })
      ).updateEscalation.errors;
  }
  if (Object.keys(refusal.errors).length) return data(refusal, { status: 400 });
  const result = await attempt(run);
  if (result.unavailable) return data({ ...refusal, unavailable: true }, { status: 503 });
  const fields: readonly string[] = intent === "raise" ? RAISE_FIELDS : UPDATE_FIELDS;
  for (const e of result.errors) {
    if (fields.includes(e.field)) refusal.errors[idOf(e.field)] ??= e.message;
    else refusal.formErrors.push(e.message);
  }
  if (result.errors.length) return data(refusal, { status: 400 });
  throw redirect(
    `${reviewPath(review.id, "escalations")}?done=${intent === "raise" ? "raised" : "updated"}`,
    { status: 303 },
  );
}

export default function ReviewEscalationsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review, today, done } = loaderData;
  const failed = actionData as Refusal | undefined;
  const order =
    failed?.intent === "update"
      ? UPDATE_FIELDS.map((f) => updateId(failed.index, f))
      : [...RAISE_FIELDS];
  const problems = {
    unavailable: Boolean(failed?.unavailable),
    formErrors: failed?.formErrors ?? [],
    summary: errorSummaryItems(order, failed?.errors ?? {}),
  };
  const heading = "Concerns escalated";
  return (
    <div className="cetr-readable cetr-review-wrap">
      <title>{pageTitle(`${heading}: ${review.person.name}`, hasProblems(problems))}</title>
      <ReviewPageNav review={review} current="escalations" />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save that"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, that could not be saved"
      />
      {done && !failed ? (
        <Notice
          title={done === "raised" ? "Concern recorded" : "Concern updated"}
          variant="success"
          role="status"
        >
          <p>
            {done === "raised"
              ? "Add the receiving body's reference when they give you one, and tell the person and their family (§20.3)."
              : "The changes are saved."}
          </p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{heading}</h1>
      {review.escalations.length === 0 ? (
        <p>This review has not escalated any concerns.</p>
      ) : (
        review.escalations.map((e, index) => {
          const mine = failed?.intent === "update" && failed.index === index ? failed : undefined;
          const v = (field: string) => mine?.values[updateId(index, field)];
          const err = (field: string) => mine?.errors[updateId(index, field)];
          const prefixed = (key: string) => mine?.values[updateId(index, key)] ?? "";
          return (
            <section key={e.id} className="cetr-enquiry-line" aria-labelledby={`concern-${index}`}>
              <h2 id={`concern-${index}`} className="cetr-heading-m">
                {ESCALATION_ROUTE_LABELS[e.route] ?? e.route}{" "}
                <Tag colour={e.isOpen ? "yellow" : "grey"}>{e.isOpen ? "Open" : "Closed"}</Tag>
              </h2>
              <SummaryList
                rows={[
                  { key: "Concern", value: e.concern },
                  {
                    key: "Raised",
                    value: `${formatCalendarDate(e.raisedOn as string)} by ${e.raisedBy.displayName}`,
                  },
                  ...(e.finding?.keyQuestion
                    ? [{ key: "Line of enquiry", value: e.finding.keyQuestion }]
                    : []),
                  { key: "Their reference", value: e.reference ?? "Not given yet" },
                  {
                    key: "Person and family told",
                    value: e.personInformedOn
                      ? formatCalendarDate(e.personInformedOn as string)
                      : "Not yet",
                  },
                  { key: "Outcome", value: e.outcome ?? "Not known yet" },
                  ...(e.closedOn
                    ? [{ key: "Closed", value: formatCalendarDate(e.closedOn as string) }]
                    : []),
                ]}
              />
              <details className="cetr-details" open={Boolean(mine)}>
                <summary>Update this concern</summary>
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="update" />
                  <input type="hidden" name="index" value={index} />
                  <TextField
                    id={updateId(index, "reference")}
                    name={updateId(index, "reference")}
                    label="Their reference"
                    width="20"
                    defaultValue={v("reference") ?? e.reference ?? ""}
                    isInvalid={Boolean(err("reference"))}
                    errorMessage={err("reference")}
                  />
                  <DateInput
                    id={updateId(index, "personInformedOn")}
                    name={updateId(index, "personInformedOn")}
                    legend="When were the person and their family told?"
                    hint="Leave empty if they have not been told yet."
                    defaultValue={dateParts(prefixed, "personInformedOn")}
                    errorMessage={err("personInformedOn")}
                    invalidParts={mine?.invalidParts[updateId(index, "personInformedOn")] ?? []}
                  />
                  <TextArea
                    id={updateId(index, "outcome")}
                    label="Outcome"
                    defaultValue={v("outcome") ?? e.outcome ?? ""}
                    errorMessage={err("outcome")}
                    rows={3}
                  />
                  <DateInput
                    id={updateId(index, "closedOn")}
                    name={updateId(index, "closedOn")}
                    legend="When was it closed?"
                    hint="Only when nothing more will happen."
                    defaultValue={dateParts(prefixed, "closedOn")}
                    errorMessage={err("closedOn")}
                    invalidParts={mine?.invalidParts[updateId(index, "closedOn")] ?? []}
                  />
                  <Button type="submit" variant="secondary">
                    Save changes to this concern
                  </Button>
                </Form>
              </details>
            </section>
          );
        })
      )}
      <RaiseForm
        key={review.escalations.length}
        review={review}
        today={today}
        failed={failed?.intent === "raise" ? failed : undefined}
      />
    </div>
  );
}

function RaiseForm({
  review,
  today,
  failed,
}: {
  review: Route.ComponentProps["loaderData"]["review"];
  today: string;
  failed: Refusal | undefined;
}) {
  const v = (k: string) => failed?.values[k];
  const [year, month, day] = today.split("-");
  return (
    <Form method="post" noValidate aria-labelledby="raise-heading">
      <input type="hidden" name="intent" value="raise" />
      <h2 id="raise-heading" className="cetr-heading-l">
        Escalate a concern
      </h2>
      <Select
        id="route"
        name="route"
        label="Where was it sent?"
        options={Object.entries(ESCALATION_ROUTE_LABELS).map(([value, label]) => ({
          value,
          label,
        }))}
        emptyOptionLabel="Choose where"
        defaultValue={v("route") ?? ""}
        isInvalid={Boolean(failed?.errors.route)}
        errorMessage={failed?.errors.route}
      />
      <TextArea
        id="concern"
        label="What is the concern?"
        defaultValue={v("concern") ?? ""}
        errorMessage={failed?.errors.concern}
        rows={4}
      />
      {review.findings.length > 0 ? (
        <Select
          id="findingId"
          name="findingId"
          label="Which line of enquiry did it come from? (optional)"
          options={review.findings.map((f) => ({ value: f.id, label: f.keyQuestion ?? f.kloeId }))}
          emptyOptionLabel="None"
          defaultValue={v("findingId") ?? ""}
          isInvalid={Boolean(failed?.errors.findingId)}
          errorMessage={failed?.errors.findingId}
        />
      ) : null}
      <DateInput
        id="raisedOn"
        name="raisedOn"
        legend="When was it raised?"
        defaultValue={{
          day: v("raisedOn-day") ?? String(Number(day)),
          month: v("raisedOn-month") ?? String(Number(month)),
          year: v("raisedOn-year") ?? (year as string),
        }}
        errorMessage={failed?.errors.raisedOn}
        invalidParts={failed?.invalidParts.raisedOn ?? []}
      />
      <Button type="submit">Record the concern</Button>
    </Form>
  );
}
