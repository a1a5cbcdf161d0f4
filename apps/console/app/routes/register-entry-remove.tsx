import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, DateInput, type DatePart, Link, TextArea } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { readDateParts } from "../lib/date-of-birth";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import { todayParts } from "../lib/rating-form";
import { loadRegisterEntry } from "../lib/register-entry.server";
import { mapApiErrors } from "../lib/register-errors";
import { todayInEngland } from "../lib/worklist";
import type { Route } from "./+types/register-entry-remove";

const RemoveFromRegister = graphql(`
  mutation ConsoleRemoveFromRegister($input: RemoveFromRegisterInput!) {
    removeFromRegister(input: $input) {
      entry { id }
      errors { field code message }
    }
  }
`);

type Field = "removedOn" | "removedReason";
const FIELDS: readonly Field[] = ["removedOn", "removedReason"];
const FROM_API: Record<string, Field> = { removedOn: "removedOn", reason: "removedReason" };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { entry } = await loadRegisterEntry(request, params.entryId);
  // Already off the register: the entry page says when and why.
  if (entry.removedOn) throw redirect(`/register/${encodeURIComponent(entry.id)}`);
  return { entry, today: todayInEngland() };
}

/**
 * Takes someone off the register, with the date and why: for example when
 * they withdraw their consent to be on it, or the risk has passed. The entry
 * and its rating history are kept.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const { api, entry } = await loadRegisterEntry(request, params.entryId);
  const form = await request.formData();
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const values = {
    removedReason: text("removedReason"),
    "removedOn-day": text("removedOn-day"),
    "removedOn-month": text("removedOn-month"),
    "removedOn-year": text("removedOn-year"),
  };
  const date = readDateParts(
    {
      day: values["removedOn-day"],
      month: values["removedOn-month"],
      year: values["removedOn-year"],
    },
    "The date they came off the register",
  );
  const errors: Partial<Record<Field, string>> = {};
  let formErrors: string[] = [];
  let invalidParts: DatePart[] = [];
  const reply = (status: number, unavailable = false) =>
    data({ values, errors, formErrors, invalidParts, unavailable }, { status });
  let result: {
    entry: { id: string } | null;
    errors: { field: string; code: string; message: string }[];
  };
  try {
    result = (
      await api.request(RemoveFromRegister, {
        input: {
          entryId: entry.id,
          removedOn: date.kind === "date" ? date.value : "",
          reason: values.removedReason,
        },
      })
    ).removeFromRegister;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return reply(503, true);
  }
  if (result.entry && result.errors.length === 0)
    throw redirect(`/register/${encodeURIComponent(entry.id)}`, 303);
  const mapped = mapApiErrors(result.errors, FROM_API);
  Object.assign(errors, mapped.fieldErrors);
  formErrors = mapped.formErrors;
  if (date.kind === "incomplete") {
    errors.removedOn = date.message;
    invalidParts = date.parts;
  }
  return reply(400);
}

export default function RegisterEntryRemove({ loaderData, actionData }: Route.ComponentProps) {
  const { entry, today } = loaderData;
  const values = actionData?.values ?? { removedReason: "", ...removedOnParts(today) };
  const errors = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(FIELDS, errors),
  };
  const heading = `Take ${entry.person.name} off the register`;
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={`/register/${encodeURIComponent(entry.id)}`} variant="back">
        Back to the register entry
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not take them off the register"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot take them off this register"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        {`They come off ${entry.organisation.name}'s register, for example because they no longer agree to be on it or the risk has passed. The entry and its rating history are kept.`}
      </p>
      <Form method="post" noValidate>
        <DateInput
          id="removedOn"
          name="removedOn"
          legend="Date they came off the register"
          hint="For example, 23 11 2026"
          defaultValue={{
            day: values["removedOn-day"],
            month: values["removedOn-month"],
            year: values["removedOn-year"],
          }}
          errorMessage={errors.removedOn}
          invalidParts={actionData?.invalidParts ?? []}
        />
        <TextArea
          id="removedReason"
          label="Why are they coming off the register?"
          hint="For example, they withdrew their consent"
          defaultValue={values.removedReason}
          errorMessage={errors.removedReason}
        />
        <Button type="submit" variant="warning">
          Take off the register
        </Button>
      </Form>
    </div>
  );
}

const removedOnParts = (today: string) => {
  const parts = todayParts(today);
  return {
    "removedOn-day": parts["ratedOn-day"],
    "removedOn-month": parts["ratedOn-month"],
    "removedOn-year": parts["ratedOn-year"],
  };
};
