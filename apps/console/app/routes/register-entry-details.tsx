import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, Checkboxes, DateInput, Link, RadioGroup, TextArea, TextField } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { datasetFormValues, readDatasetForm } from "../lib/dataset-form";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import { loadRegisterEntry } from "../lib/register-entry.server";
import { mapApiErrors } from "../lib/register-errors";
import {
  isRiskFactor,
  MINIMUM_DATASET,
  RISK_FACTORS,
  type RiskFactorId,
} from "../lib/register-labels";
import type { Route } from "./+types/register-entry-details";

const SetRiskFactors = graphql(`
  mutation ConsoleSetRegisterRiskFactors($input: SetRegisterRiskFactorsInput!) {
    setRegisterRiskFactors(input: $input) {
      entry { id }
      errors { field code message }
    }
  }
`);

const UpdateDataset = graphql(`
  mutation ConsoleUpdateMinimumDataset($input: UpdateMinimumDatasetInput!) {
    updateMinimumDataset(input: $input) {
      entry { id }
      errors { field code message }
    }
  }
`);

const DATASET_FIELDS = MINIMUM_DATASET.map((d) => d.field);
/** The API names a dataset answer "values.<field>"; the form's field is the answer's name. */
const FROM_API: Record<string, string> = Object.fromEntries([
  ...DATASET_FIELDS.map((field) => [`values.${field}`, field]),
  ["factors", "riskFactors"],
]);
const fieldId = (field: string) => (field === "riskFactors" ? "riskFactors" : `md-${field}`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const { entry } = await loadRegisterEntry(request, params.entryId);
  return { entry };
}

type Problem = { field: string; code: string; message: string };

export async function action({ request, params }: Route.ActionArgs) {
  const { api, entry } = await loadRegisterEntry(request, params.entryId);
  const form = await request.formData();
  const intent = form.get("intent") === "riskFactors" ? "riskFactors" : "dataset";
  const back = `/register/${encodeURIComponent(entry.id)}`;
  let values: Record<string, string> = {};
  let factors: RiskFactorId[] = [];
  let errors: Record<string, string> = {};
  let apiErrors: Problem[] = [];
  try {
    if (intent === "riskFactors") {
      factors = form
        .getAll("riskFactors")
        .filter((v): v is RiskFactorId => typeof v === "string" && isRiskFactor(v));
      apiErrors = (
        await api.request(SetRiskFactors, {
          input: {
            entryId: entry.id,
            // Notes already recorded stay with their factor.
            factors: factors.map((factor) => ({
              factor,
              notes: entry.riskFactors.find((f) => f.factor === factor)?.notes ?? null,
            })),
          },
        })
      ).setRegisterRiskFactors.errors;
    } else {
      const read = readDatasetForm(form);
      values = read.values;
      errors = read.errors;
      if (Object.keys(errors).length === 0)
        apiErrors = (
          await api.request(UpdateDataset, { input: { entryId: entry.id, values: read.answers } })
        ).updateMinimumDataset.errors;
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return data(
      { intent, values, factors, errors, formErrors: [] as string[], unavailable: true },
      { status: 503 },
    );
  }
  if (Object.keys(errors).length === 0 && apiErrors.length === 0)
    throw redirect(`${back}?saved=${intent}`, 303);
  const mapped = mapApiErrors(apiErrors, FROM_API);
  return data(
    {
      intent,
      values,
      factors,
      errors: { ...mapped.fieldErrors, ...errors },
      formErrors: mapped.formErrors,
      unavailable: false,
    },
    { status: 400 },
  );
}

export default function RegisterEntryDetails({ loaderData, actionData }: Route.ComponentProps) {
  const { entry } = loaderData;
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const order = ["riskFactors", ...DATASET_FIELDS];
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(order, errors, fieldId),
  };
  const datasetValues =
    actionData?.intent === "dataset"
      ? actionData.values
      : datasetFormValues((entry.minimumDataset ?? {}) as unknown as Record<string, unknown>);
  const checked =
    actionData?.intent === "riskFactors"
      ? actionData.factors
      : entry.riskFactors.map((f) => f.factor);
  const name = entry.person.name;
  const heading = `${name}: risk factors and minimum information`;
  const missing = new Set(entry.missingData.map((gap) => gap.field));
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={`/register/${encodeURIComponent(entry.id)}`} variant="back">
        Back to the register entry
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save your answers"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot change this register entry"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>{`On ${entry.organisation.name}'s register.`}</p>

      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="riskFactors" />
        <Checkboxes
          id="riskFactors"
          name="riskFactors"
          legend={<h2 className="cetr-heading-l">Risk factors</h2>}
          hint="Appendix 2: select all that apply. The suggested rating is worked out from these."
          options={RISK_FACTORS.map((f) => ({ value: f.id, label: f.label }))}
          checked={checked}
          errorMessage={errors.riskFactors}
        />
        <Button type="submit">Save risk factors</Button>
      </Form>

      <h2 className="cetr-heading-l" id="minimum-dataset">
        Minimum information (Figure 11)
      </h2>
      <p>
        {entry.missingData.length === 0
          ? "Every question is answered."
          : `${entry.missingData.length} ${entry.missingData.length === 1 ? "question is" : "questions are"} not answered yet. "No" counts as an answer.`}
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="dataset" />
        {MINIMUM_DATASET.map((spec) => {
          const id = fieldId(spec.field);
          const error = errors[spec.field];
          const label = missing.has(spec.field) ? `${spec.label} (not answered)` : spec.label;
          if (spec.kind === "yesNo" || spec.kind === "choice") {
            const options =
              spec.kind === "yesNo"
                ? [
                    { value: "yes", label: "Yes" },
                    { value: "no", label: "No" },
                  ]
                : spec.options;
            return (
              <RadioGroup
                key={spec.field}
                id={id}
                name={spec.field}
                legend={label}
                hint={spec.kind === "yesNo" ? spec.hint : undefined}
                options={[...options, { value: "", label: "Not known yet" }]}
                defaultValue={datasetValues[spec.field] ?? ""}
                isInline={spec.kind === "yesNo"}
                isInvalid={Boolean(error)}
                errorMessage={error}
              />
            );
          }
          if (spec.kind === "date")
            return (
              <DateInput
                key={spec.field}
                id={id}
                name={spec.field}
                legend={label}
                hint="For example, 27 3 2026"
                defaultValue={{
                  day: datasetValues[`${spec.field}-day`] ?? "",
                  month: datasetValues[`${spec.field}-month`] ?? "",
                  year: datasetValues[`${spec.field}-year`] ?? "",
                }}
                errorMessage={error}
              />
            );
          if (spec.kind === "longText")
            return (
              <TextArea
                key={spec.field}
                id={id}
                name={spec.field}
                label={label}
                defaultValue={datasetValues[spec.field] ?? ""}
                errorMessage={error}
                rows={3}
              />
            );
          return (
            <TextField
              key={spec.field}
              id={id}
              name={spec.field}
              label={label}
              width="20"
              autoComplete="off"
              defaultValue={datasetValues[spec.field] ?? ""}
              isInvalid={Boolean(error)}
              errorMessage={error}
            />
          );
        })}
        <Button type="submit">Save minimum information</Button>
      </Form>
    </div>
  );
}
