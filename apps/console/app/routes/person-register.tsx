import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, Checkboxes, Link, RadioGroup, Select } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import {
  blankRatingAnswers,
  EMPTY_RATING_VALUES,
  RatingQuestions,
  readRatingForm,
  todayParts,
} from "../lib/rating-form";
import { mapApiErrors } from "../lib/register-errors";
import {
  CONSENT_BASES,
  CONSENT_BASIS_HINTS,
  CONSENT_BASIS_LABELS,
  type ConsentBasis,
  isRiskFactor,
  RISK_FACTORS,
  type RiskFactorId,
} from "../lib/register-labels";
import { organisationsOf, todayInEngland } from "../lib/worklist";
import type { Route } from "./+types/person-register";

const RegisterPerson = graphql(`
  query RegisterPerson($id: ID!) {
    person(id: $id) { id name }
    viewer { memberships { organisation { id name } } }
  }
`);

const AddToRegister = graphql(`
  mutation ConsoleAddToRegister($input: AddToRegisterInput!) {
    addToRegister(input: $input) {
      entry { id }
      errors { field code message }
    }
  }
`);

type Field =
  | "organisationId"
  | "consentBasis"
  | "rating"
  | "reason"
  | "ratedOn"
  | "nextReviewOn"
  | "riskFactors";
/** The form's order, for the error summary. */
const FIELDS: readonly Field[] = [
  "organisationId",
  "consentBasis",
  "rating",
  "reason",
  "ratedOn",
  "nextReviewOn",
  "riskFactors",
];
/** The API's input names for this form's questions (the date of the first rating is `addedOn`). */
const FROM_API: Record<string, Field> = {
  organisationId: "organisationId",
  consentBasis: "consentBasis",
  rating: "rating",
  reason: "reason",
  addedOn: "ratedOn",
  nextReviewOn: "nextReviewOn",
  riskFactors: "riskFactors",
};

async function load(request: Request, id: string) {
  const api = await requireApi(request);
  const { person, viewer } = await api.request(RegisterPerson, { id });
  if (!person) throw data("There is no person with this ID that you can reach", { status: 404 });
  return { api, person, organisations: organisationsOf(viewer.memberships) };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { person, organisations } = await load(request, params.id);
  return { person, organisations, today: todayInEngland() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, person, organisations } = await load(request, params.id);
  const form = await request.formData();
  const read = readRatingForm(form, "The date of the rating");
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const riskFactors = form
    .getAll("riskFactors")
    .filter((v): v is RiskFactorId => typeof v === "string" && isRiskFactor(v));
  // With one organisation the form does not ask.
  const organisationId =
    text("organisationId") || (organisations.length === 1 ? organisations[0]?.id : "") || "";
  const consentBasis = (CONSENT_BASES as readonly string[]).includes(text("consentBasis"))
    ? (text("consentBasis") as ConsentBasis)
    : null;
  const values = {
    ...read.values,
    organisationId,
    consentBasis: text("consentBasis"),
    riskFactors,
  };
  const errors: Partial<Record<Field, string>> = {};
  if (!organisationId) errors.organisationId = "Select whose register they are going on";
  if (!consentBasis) errors.consentBasis = "Select how they agreed to be on the register";
  let formErrors: string[] = [];
  const reply = (status: number, unavailable = false) =>
    data({ values, errors, formErrors, invalidParts: read.invalidParts, unavailable }, { status });

  if (!read.rating || !consentBasis || !organisationId) {
    // The API needs these choices to check anything else: say what the console can see is missing.
    Object.assign(errors, blankRatingAnswers(read));
    Object.assign(errors, read.errors, errors);
    return reply(400);
  }
  let result: {
    entry: { id: string } | null;
    errors: { field: string; code: string; message: string }[];
  };
  try {
    result = (
      await api.request(AddToRegister, {
        input: {
          personId: person.id,
          organisationId,
          consentBasis,
          rating: read.rating,
          reason: read.values.reason,
          addedOn: read.ratedOn,
          nextReviewOn: read.nextReviewOn,
          riskFactors: riskFactors.map((factor) => ({ factor })),
        },
      })
    ).addToRegister;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return reply(503, true);
  }
  if (result.entry && result.errors.length === 0)
    throw redirect(`/register/${encodeURIComponent(result.entry.id)}?added=1`, 303);
  const mapped = mapApiErrors(result.errors, FROM_API);
  // A half-typed date is said more precisely by the console than the API's "enter a date".
  Object.assign(errors, mapped.fieldErrors, read.errors);
  formErrors = mapped.formErrors;
  return reply(400);
}

export default function PersonRegister({ loaderData, actionData }: Route.ComponentProps) {
  const { person, organisations, today } = loaderData;
  const values = actionData?.values;
  const errors = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(FIELDS, errors),
  };
  const heading = `Add ${person.name} to the register`;
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={`/people/${encodeURIComponent(person.id)}`} variant="back">
        Back to {person.name}
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not add them to the register"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot add them to this register"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        The dynamic support register lists people at risk of going into hospital, so support can be
        planned early (Appendix 2). They, or someone for them, must agree to be on it. After adding
        them you can fill in the minimum information the policy asks for (Figure 11).
      </p>
      <Form method="post" noValidate>
        {organisations.length > 1 ? (
          <Select
            id="organisationId"
            name="organisationId"
            label="Whose register?"
            emptyOptionLabel="Select an organisation"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={values?.organisationId}
            isInvalid={Boolean(errors.organisationId)}
            errorMessage={errors.organisationId}
          />
        ) : organisations[0] ? (
          <p>
            Register: <strong>{organisations[0].name}</strong>
          </p>
        ) : null}
        <RadioGroup
          id="consentBasis"
          name="consentBasis"
          legend="Consent to be on the register"
          hint="Who agreed, or why they are on it without consent"
          options={CONSENT_BASES.map((value) => ({
            value,
            label: CONSENT_BASIS_LABELS[value],
            hint: CONSENT_BASIS_HINTS[value],
          }))}
          defaultValue={values?.consentBasis}
          isInvalid={Boolean(errors.consentBasis)}
          errorMessage={errors.consentBasis}
        />
        <Checkboxes
          id="riskFactors"
          name="riskFactors"
          legend="Risk factors (optional)"
          hint="Appendix 2: select all that apply. The register entry then suggests a rating from them."
          options={RISK_FACTORS.map((f) => ({ value: f.id, label: f.label }))}
          checked={values?.riskFactors ?? []}
          errorMessage={errors.riskFactors}
        />
        <RatingQuestions
          values={values ?? { ...EMPTY_RATING_VALUES, ...todayParts(today) }}
          errors={errors}
          invalidParts={actionData?.invalidParts}
          dateLegend="Date of the first rating (the day they join the register)"
        />
        <Button type="submit">Add to the register</Button>
      </Form>
    </div>
  );
}
