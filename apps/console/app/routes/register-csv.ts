import { graphql, type ResultOf } from "@cetr/graphql";
import { requireApi } from "../lib/api.server";
import { csvResponse } from "../lib/csv";
import { REGISTER_CSV_COLUMNS, registerCsvFilename, registerCsvRow } from "../lib/register-csv";
import { readRegisterFilters, registerFilterArgs } from "../lib/register-list";
import { listQuery, readListParams, todayInEngland } from "../lib/worklist";
import type { Route } from "./+types/register-csv";

const RegisterExport = graphql(`
  query RegisterExport(
    $first: Int, $after: String, $organisationId: ID,
    $rating: [RegisterRating!], $missingData: Boolean, $descending: Boolean
  ) {
    registerEntries(
      first: $first, after: $after, organisationId: $organisationId,
      rating: $rating, missingData: $missingData, descending: $descending
    ) {
      edges {
        node {
          rating addedOn nextReviewOn consentBasis minimumDatasetPercentComplete removedOn
          person { name nhsNumber dateOfBirth }
          organisation { id name }
          ratingHistory { ratedOn reason }
          riskFactors { factor }
          missingData { label }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type Entry = ResultOf<typeof RegisterExport>["registerEntries"]["edges"][number]["node"];

/**
 * Rows per request: each row asks for about 25 fields, and the API refuses a
 * request costing over 2,000 (apps/api query-limits.ts), so 100 rows would be refused.
 */
const PAGE = 50;
/** Far above any local register; stops one click from walking without end. */
export const REGISTER_CSV_MAX_ROWS = 20_000;

/**
 * The register as a CSV file, with the list's filters and order, for the
 * user's organisations (the API only returns entries they may see). A
 * resource route, so the browser downloads it without JavaScript.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const { descending, organisationId } = listQuery(params);
  const args = {
    ...registerFilterArgs(readRegisterFilters(params.url)),
    descending,
    organisationId,
  };
  const entries: Entry[] = [];
  let after: string | null = null;
  let truncated = false;
  for (;;) {
    const result: ResultOf<typeof RegisterExport> = await api.request(RegisterExport, {
      ...args,
      first: PAGE,
      after,
    });
    entries.push(...result.registerEntries.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = result.registerEntries.pageInfo;
    if (!hasNextPage || !endCursor) break;
    if (entries.length >= REGISTER_CSV_MAX_ROWS) {
      truncated = true;
      break;
    }
    after = endCursor;
  }
  const lines: string[][] = [[...REGISTER_CSV_COLUMNS], ...entries.map(registerCsvRow)];
  // Said in the file itself, so whoever opens it later knows it is not the whole register.
  if (truncated) lines.push([`Only the first ${entries.length} entries are included.`]);
  const organisationName = organisationId
    ? (entries.find((e) => e.organisation.id === organisationId)?.organisation.name ?? null)
    : null;
  return csvResponse(lines, registerCsvFilename(organisationName, todayInEngland()));
}
