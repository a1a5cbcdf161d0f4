import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, Link, Notice, Table, Tag } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { RatingChart } from "../lib/rating-chart-svg";
import {
  blankRatingAnswers,
  EMPTY_RATING_VALUES,
  type RatingField,
  RatingQuestions,
  readRatingForm,
  todayParts,
} from "../lib/rating-form";
import registerStyles from "../lib/register.css?url";
import { loadRegisterEntry } from "../lib/register-entry.server";
import { mapApiErrors } from "../lib/register-errors";
import {
  CONSENT_BASIS_LABELS,
  type ConsentBasis,
  RATING_TAG_COLOUR,
  riskFactorLabel,
} from "../lib/register-labels";
import { todayInEngland } from "../lib/worklist";
import { RATING_MEANINGS, RATING_NAMES } from "../lib/worklist-labels";
import type { Route } from "./+types/register-entry";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: registerStyles }];

const RateEntry = graphql(`
  mutation ConsoleRateRegisterEntry($input: RateRegisterEntryInput!) {
    rateRegisterEntry(input: $input) {
      entry { id }
      errors { field code message }
    }
  }
`);

const FIELDS: readonly RatingField[] = ["rating", "reason", "ratedOn", "nextReviewOn"];
const FROM_API: Record<string, RatingField> = {
  rating: "rating",
  reason: "reason",
  ratedOn: "ratedOn",
  nextReviewOn: "nextReviewOn",
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const { entry } = await loadRegisterEntry(request, params.entryId);
  const url = new URL(request.url);
  return {
    entry,
    today: todayInEngland(),
    notice: (["added", "rated", "saved"] as const).find((key) => url.searchParams.has(key)) ?? null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, entry } = await loadRegisterEntry(request, params.entryId);
  const read = readRatingForm(await request.formData(), "The date of the rating");
  const errors: Partial<Record<RatingField, string>> = {};
  let formErrors: string[] = [];
  const reply = (status: number, unavailable = false) =>
    data(
      { values: read.values, errors, formErrors, invalidParts: read.invalidParts, unavailable },
      { status },
    );
  if (!read.rating) {
    // Without a rating the API cannot check the rest: say what the console can see is missing.
    Object.assign(errors, blankRatingAnswers(read));
    Object.assign(errors, read.errors);
    return reply(400);
  }
  let result: {
    entry: { id: string } | null;
    errors: { field: string; code: string; message: string }[];
  };
  try {
    result = (
      await api.request(RateEntry, {
        input: {
          entryId: entry.id,
          rating: read.rating,
          reason: read.values.reason,
          ratedOn: read.ratedOn,
          nextReviewOn: read.nextReviewOn,
        },
      })
    ).rateRegisterEntry;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return reply(503, true);
  }
  if (result.entry && result.errors.length === 0)
    throw redirect(`/register/${encodeURIComponent(entry.id)}?rated=1#history`, 303);
  const mapped = mapApiErrors(result.errors, FROM_API);
  Object.assign(errors, mapped.fieldErrors, read.errors);
  formErrors = mapped.formErrors;
  return reply(400);
}

export default function RegisterEntry({ loaderData, actionData }: Route.ComponentProps) {
  const { entry, today, notice } = loaderData;
  const errors = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(FIELDS, errors),
  };
  const name = entry.person.name;
  const heading = `${name}: register entry`;
  const details = `/register/${encodeURIComponent(entry.id)}/details`;
  return (
    <>
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <p>
        <Link href={`/people/${encodeURIComponent(entry.person.id)}`} variant="back">
          {name}
        </Link>
      </p>
      {notice === "added" ? (
        <Notice title="Added to the register" variant="success" role="status">
          <p>{`${name} is on ${entry.organisation.name}'s register. Fill in the minimum information next.`}</p>
        </Notice>
      ) : notice === "rated" ? (
        <Notice title="Rating recorded" variant="success" role="status">
          <p>{`${name} is now rated ${RATING_NAMES[entry.rating]?.toLowerCase()}.`}</p>
        </Notice>
      ) : notice === "saved" ? (
        <Notice title="Register entry saved" variant="success" role="status">
          <p>Your changes are saved. The suggested rating below takes them into account.</p>
        </Notice>
      ) : null}
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not record the rating"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot record this rating"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      {entry.removedOn ? (
        <Notice title="No longer on the register">
          <p>{`Removed on ${formatCalendarDate(entry.removedOn)}: ${entry.removedReason ?? ""}`}</p>
        </Notice>
      ) : null}
      <SummaryList
        rows={[
          { key: "Register", value: entry.organisation.name },
          {
            key: "Rating",
            value: (
              <>
                <Tag colour={RATING_TAG_COLOUR[entry.rating]}>{RATING_NAMES[entry.rating]}</Tag>{" "}
                {RATING_MEANINGS[entry.rating]}
              </>
            ),
          },
          { key: "On the register since", value: formatCalendarDate(entry.addedOn) },
          {
            key: "Consent",
            value: CONSENT_BASIS_LABELS[entry.consentBasis as ConsentBasis] ?? entry.consentBasis,
          },
          {
            key: "Next register review",
            value: entry.nextReviewOn ? formatCalendarDate(entry.nextReviewOn) : "No date set",
          },
          {
            key: "Risk factors",
            value:
              entry.riskFactors.length === 0 ? (
                "None recorded"
              ) : (
                <ul>
                  {entry.riskFactors.map((f) => (
                    <li key={f.factor}>{riskFactorLabel(f.factor)}</li>
                  ))}
                </ul>
              ),
            action: (
              <Link href={`${details}#riskFactors`}>
                Change<span className="cetr-visually-hidden"> risk factors</span>
              </Link>
            ),
          },
          {
            key: "Minimum information",
            value: `${entry.minimumDatasetPercentComplete}% complete${
              entry.missingData.length ? `, ${entry.missingData.length} missing` : ""
            }`,
            action: (
              <Link href={`${details}#minimum-dataset`}>
                Change<span className="cetr-visually-hidden"> minimum information</span>
              </Link>
            ),
          },
        ]}
      />

      <h2 className="cetr-heading-l" id="history">
        Rating history
      </h2>
      <RatingChart history={entry.ratingHistory} today={today} />
      <Table
        caption="Every rating, oldest first"
        firstCellIsHeader
        head={["Date", "Rating", "Why", "Decided by"]}
        rows={entry.ratingHistory.map((change, i) => ({
          key: `${i}-${change.ratedOn}`,
          cells: [
            <span key="d" className="cetr-nowrap">
              {formatCalendarDate(change.ratedOn)}
            </span>,
            <Tag key="r" colour={RATING_TAG_COLOUR[change.rating]}>
              {RATING_NAMES[change.rating]}
            </Tag>,
            change.reason,
            change.ratedBy?.displayName ?? "A partner system",
          ],
        }))}
      />

      {entry.removedOn ? null : (
        <section aria-labelledby="rate-heading">
          <h2 className="cetr-heading-l" id="rate-heading">
            Record a new rating
          </h2>
          <p>Ratings are never changed afterwards: a new rating adds to the history.</p>
          <Form method="post" noValidate className="cetr-readable">
            <RatingQuestions
              values={actionData?.values ?? { ...EMPTY_RATING_VALUES, ...todayParts(today) }}
              errors={errors}
              invalidParts={actionData?.invalidParts}
              dateLegend="Date of the rating"
              suggestion={entry.suggestedRating}
            />
            <Button type="submit">Record rating</Button>
          </Form>
          <p>
            <Link href={`/register/${encodeURIComponent(entry.id)}/remove`}>
              Take {name} off the register
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
