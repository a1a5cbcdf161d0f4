import { graphql } from "@cetr/graphql";
import { requireApi } from "../lib/api.server";
import { csvResponse } from "../lib/csv";
import { RETURNS_HEADER, returnsCsvFilename, returnsCsvRow } from "../lib/returns-csv";
import { chosenPeriod } from "../lib/returns-period";
import { todayInEngland } from "../lib/worklist";
import type { Route } from "./+types/returns-csv";

export const ReviewReturns = graphql(`
  query ReviewReturns($from: Date!, $to: Date!, $organisationId: ID) {
    reviewReturns(from: $from, to: $to, organisationId: $organisationId) {
      rowNumber organisationName kind enquirySetting status reviewMonth ageBand diagnosis
      legalStatus mojRestricted outcome daysFromTriggerToReview heldOnTime reportOnTime
      actionsAgreed actionsDoneOnTime consentRecorded registerRating
    }
  }
`);

/**
 * The anonymised returns dataset as a CSV file (Appendix 5): a resource
 * route, so it downloads without JavaScript. The API decides whose reviews
 * are in it and audits each one read.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const period = chosenPeriod(url.searchParams.get("period"), todayInEngland());
  const result = await api.request(ReviewReturns, {
    from: period.from,
    to: period.to,
    organisationId: url.searchParams.get("organisation") || null,
  });
  const rows = [...result.reviewReturns].sort((a, b) => a.rowNumber - b.rowNumber);
  return csvResponse(
    [RETURNS_HEADER, ...rows.map(returnsCsvRow)],
    returnsCsvFilename(period.from, period.to),
  );
}
