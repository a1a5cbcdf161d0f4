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
} from "../lib/restricted-form";
import type { Route } from "./+types/person-restricted-new";

/**
 * Adds a row to the Ministry of Justice monitoring table (Appendix 6 §47.2)
 * for a restricted patient, from their page.
 */

const NewRowPage = graphql(`
  query ConsoleRestrictedNew($id: ID!) {
    person(id: $id) {
      id name mojRestricted
      reviews { id kind heldOn scheduledOn }
      settingHistory { provider { id name } }
    }
  }
`);

const RecordRow = graphql(`
  mutation ConsoleRecordRestrictedRow($input: RecordRestrictedMonitoringInput!) {
    recordRestrictedMonitoring(input: $input) {
      restrictedMonitoring { id }
      errors { field code message }
    }
  }
`);

async function loadPage(request: Request, id: string) {
  const api = await requireApi(request);
  const { person } = await api.request(NewRowPage, { id });
  if (!person) throw data("There is no person with this ID that you can reach", { status: 404 });
  return { api, person, providers: providersOf(person.settingHistory) };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { person, providers } = await loadPage(request, params.id);
  return { person, providers };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, person } = await loadPage(request, params.id);
  return submitRestrictedRow(
    await request.formData(),
    async (input) =>
      (await api.request(RecordRow, { input: { ...input, personId: person.id } }))
        .recordRestrictedMonitoring.errors,
    "added",
  );
}

export default function PersonRestrictedNew({ loaderData, actionData }: Route.ComponentProps) {
  const { person, providers } = loaderData;
  const errors = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: restrictedSummary(errors),
  };
  const heading = `Add ${person.name} to the restricted patients table`;
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={`/people/${encodeURIComponent(person.id)}`} variant="back">
        {`Back to ${person.name}`}
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not add the row"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot add this row"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        The Ministry of Justice (MoJ) monitoring table (Appendix 6). When a review finds a
        restricted patient ready for discharge, or able to move somewhere less restrictive, the
        responsible clinician should contact the MoJ within one week.
      </p>
      {person.mojRestricted ? null : (
        <p>
          {`${person.name}'s record does not say they have a Ministry of Justice restriction. Check their legal status before adding them.`}
        </p>
      )}
      <RestrictedRowForm
        values={actionData?.values ?? {}}
        errors={errors}
        invalidParts={actionData?.invalidParts ?? {}}
        reviews={person.reviews}
        providers={providers}
        submitLabel="Add the row"
      />
    </div>
  );
}
