import { GraphQLRequestError, graphql, type VariablesOf } from "@cetr/graphql";
import { Button, DateInput, type DatePart, Link, RadioGroup, TextField } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { readDateParts } from "../lib/date-of-birth";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { DIAGNOSIS_LABELS, pageTitle } from "../lib/format";
import type { Route } from "./+types/people-new";

const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person { id }
      errors { field code message }
    }
  }
`);

type Field = "name" | "preferredName" | "dateOfBirth" | "nhsNumber" | "diagnosis";
const FIELDS: readonly Field[] = ["name", "preferredName", "dateOfBirth", "nhsNumber", "diagnosis"];
const DIAGNOSES = ["LEARNING_DISABILITY", "AUTISM", "BOTH"] as const;
type Diagnosis = (typeof DIAGNOSES)[number];

/** Where each field's error summary link lands: the first input of the field. */
const FIELD_IDS: Record<Field, string> = {
  name: "name",
  preferredName: "preferredName",
  dateOfBirth: "dateOfBirth",
  nhsNumber: "nhsNumber",
  diagnosis: "diagnosis",
};

/** Only signed-in staff reach the form (a signed-out visit goes to sign in and comes back). */
export async function loader({ request }: Route.LoaderArgs) {
  await requireApi(request);
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const api = await requireApi(request);
  const form = await request.formData();
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const values = {
    name: text("name"),
    preferredName: text("preferredName"),
    "dateOfBirth-day": text("dateOfBirth-day"),
    "dateOfBirth-month": text("dateOfBirth-month"),
    "dateOfBirth-year": text("dateOfBirth-year"),
    nhsNumber: text("nhsNumber"),
    diagnosis: text("diagnosis"),
  };
  const date = readDateParts(
    {
      day: values["dateOfBirth-day"],
      month: values["dateOfBirth-month"],
      year: values["dateOfBirth-year"],
    },
    "Date of birth",
  );
  const diagnosis = (DIAGNOSES as readonly string[]).includes(values.diagnosis)
    ? (values.diagnosis as Diagnosis)
    : null;

  let createPerson: Awaited<ReturnType<typeof addPerson>>;
  try {
    createPerson = await addPerson(api, {
      name: values.name,
      preferredName: values.preferredName || null,
      dateOfBirth: date.kind === "date" ? date.value : "",
      nhsNumber: values.nhsNumber,
      diagnosis,
    });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    // The API is down or refused the request: keep everything typed and say so.
    console.error(error);
    const none: Partial<Record<Field, string>> = {};
    return data(
      {
        values,
        errors: none,
        formErrors: [] as string[],
        invalidDateParts: [] as DatePart[],
        unavailable: true,
      },
      { status: 503 },
    );
  }
  if (createPerson.person && createPerson.errors.length === 0) {
    throw redirect(`/people?added=${encodeURIComponent(createPerson.person.id)}`, 303);
  }

  const errors: Partial<Record<Field, string>> = {};
  // Problems not about a field on this form (e.g. "you cannot add people") are shown above it.
  const formErrors: string[] = [];
  for (const error of createPerson.errors) {
    if ((FIELDS as readonly string[]).includes(error.field))
      errors[error.field as Field] ??= error.message;
    else formErrors.push(error.message);
  }
  let invalidDateParts: DatePart[] = [];
  if (date.kind === "incomplete") {
    // Our message says which part is missing; the API only knows the date is absent.
    errors.dateOfBirth = date.message;
    invalidDateParts = date.parts;
  }
  return data(
    { values, errors, formErrors, invalidDateParts, unavailable: false },
    { status: 400 },
  );
}

async function addPerson(
  api: Awaited<ReturnType<typeof requireApi>>,
  input: VariablesOf<typeof CreatePerson>["input"],
) {
  return (await api.request(CreatePerson, { input })).createPerson;
}

export default function NewPerson({ actionData }: Route.ComponentProps) {
  const values = actionData?.values;
  const errors = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(FIELDS, errors, (field) => FIELD_IDS[field]),
  };
  return (
    <div className="cetr-readable">
      <title>{pageTitle("Add a person", hasProblems(problems))}</title>
      <Link href="/people" variant="back">
        Back to people
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not add this person"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot add this person"
      />
      <h1 className="cetr-heading-xl">Add a person</h1>
      <p>
        Add someone with a learning disability, autism or both, so their reviews can be planned. All
        fields are needed unless they say optional.
      </p>
      {/* A plain form: it posts and validates on the server, so it works without JavaScript. */}
      <Form method="post" noValidate>
        <TextField
          id="name"
          name="name"
          label="Full name"
          autoComplete="off"
          spellCheck="false"
          defaultValue={values?.name ?? ""}
          isInvalid={Boolean(errors.name)}
          errorMessage={errors.name}
        />
        <TextField
          id="preferredName"
          name="preferredName"
          label="Preferred name (optional)"
          hint="What they like to be called, if it is different from their full name"
          autoComplete="off"
          spellCheck="false"
          width="20"
          defaultValue={values?.preferredName ?? ""}
          isInvalid={Boolean(errors.preferredName)}
          errorMessage={errors.preferredName}
        />
        <DateInput
          id="dateOfBirth"
          name="dateOfBirth"
          legend="Date of birth"
          hint="For example, 27 3 2007"
          defaultValue={{
            day: values?.["dateOfBirth-day"] ?? "",
            month: values?.["dateOfBirth-month"] ?? "",
            year: values?.["dateOfBirth-year"] ?? "",
          }}
          errorMessage={errors.dateOfBirth}
          invalidParts={actionData?.invalidDateParts ?? []}
        />
        <TextField
          id="nhsNumber"
          name="nhsNumber"
          label="NHS number"
          hint="10 digits, for example 999 000 0018. You can include spaces."
          inputMode="numeric"
          autoComplete="off"
          spellCheck="false"
          width="10"
          defaultValue={values?.nhsNumber ?? ""}
          isInvalid={Boolean(errors.nhsNumber)}
          errorMessage={errors.nhsNumber}
        />
        <RadioGroup
          id="diagnosis"
          name="diagnosis"
          legend="Do they have a learning disability, autism or both?"
          options={DIAGNOSES.map((value) => ({ value, label: DIAGNOSIS_LABELS[value] }))}
          defaultValue={values?.diagnosis}
          isInvalid={Boolean(errors.diagnosis)}
          errorMessage={errors.diagnosis}
        />
        <Button type="submit">Add person</Button>
      </Form>
    </div>
  );
}
