import { graphql } from "@cetr/graphql";
import { Link } from "@cetr/ui";
import { data } from "react-router";
import { requireApi } from "../lib/api.server";
import { FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import {
  providersOf,
  RestrictedRowForm,
  restrictedSummary,
  submitRestrictedRow,
  valuesFromRow,
} from "../lib/restricted-form";
import type { Route } from "./+types/restricted-row";

/** Changes one row of the Ministry of Justice monitoring table: usually the referral and the response. */

const RowPage = graphql(`
  query ConsoleRestrictedRow($id: ID!) {
    node(id: $id) {
      ... on RestrictedPatientMonitoring {
        id reference reviewDate outcome responsibleClinician referredToMojOn requestType
        mojResponseOn narrative escalation
        review { id }
        provider { id name }
        person {
          id name
          reviews { id kind heldOn scheduledOn }
          settingHistory { provider { id name } }
        }
      }
    }
  }
`);

const UpdateRow = graphql(`
  mutation ConsoleUpdateRestrictedRow($input: UpdateRestrictedMonitoringInput!) {
    updateRestrictedMonitoring(input: $input) {
      restrictedMonitoring { id }
      errors { field code message }
    }
  }
`);

async function loadPage(request: Request, id: string) {
  const api = await requireApi(request);
  const { node } = await api.request(RowPage, { id });
  if (!node || !("reference" in node))
    throw data("There is no row with this ID that you can reach", { status: 404 });
  const providers = providersOf(node.person.settingHistory);
  // A provider no longer in the setting history stays a choice for the row that names it.
  if (!providers.some((p) => p.id === node.provider.id)) providers.push(node.provider);
  return { api, row: node, providers };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { row, providers } = await loadPage(request, params.rowId);
  return { row, providers };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, row } = await loadPage(request, params.rowId);
  return submitRestrictedRow(
    await request.formData(),
    async (input) =>
      (await api.request(UpdateRow, { input: { ...input, id: row.id } })).updateRestrictedMonitoring
        .errors,
    "changed",
  );
}

export default function RestrictedRow({ loaderData, actionData }: Route.ComponentProps) {
  const { row, providers } = loaderData;
  const errors = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: restrictedSummary(errors),
  };
  const heading = `${row.person.name}: restricted patients table row ${row.reference}`;
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href="/restricted" variant="back">
        Back to the restricted patients table
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save the row"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot change this row"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <RestrictedRowForm
        values={actionData?.values ?? valuesFromRow(row)}
        errors={errors}
        invalidParts={actionData?.invalidParts ?? {}}
        reviews={row.person.reviews}
        providers={providers}
        submitLabel="Save the row"
      />
    </div>
  );
}
