import { graphql } from "@cetr/graphql";
import { Link, Pagination, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate } from "../lib/format";
import registerStyles from "../lib/register.css?url";
import { RATING_TAG_COLOUR } from "../lib/register-labels";
import {
  MISSING_FILTER_LABELS,
  MISSING_FILTERS,
  RATING_FILTER_LABELS,
  RATING_FILTERS,
  readRegisterFilters,
  registerFilterArgs,
} from "../lib/register-list";
import { listHref, listQuery, listView, pageHrefs, readListParams } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { RATING_MEANINGS, RATING_NAMES } from "../lib/worklist-labels";
import {
  ChoiceField,
  CountLine,
  FilterForm,
  SortableTable,
  WorklistHeading,
} from "../lib/worklist-ui";
import type { Route } from "./+types/register";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: worklistStyles },
  { rel: "stylesheet", href: registerStyles },
];

const RegisterPage = graphql(`
  query RegisterPage(
    $first: Int, $after: String, $last: Int, $before: String, $organisationId: ID,
    $rating: [RegisterRating!], $missingData: Boolean, $descending: Boolean
  ) {
    registerEntries(
      first: $first, after: $after, last: $last, before: $before, organisationId: $organisationId,
      rating: $rating, missingData: $missingData, descending: $descending
    ) {
      totalCount
      edges {
        node {
          id rating addedOn nextReviewOn minimumDatasetPercentComplete
          person { id name }
          organisation { name }
          ratingHistory { ratedOn }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    red: registerEntries(rating: [RED], organisationId: $organisationId, first: 1) { totalCount }
    amber: registerEntries(rating: [AMBER], organisationId: $organisationId, first: 1) { totalCount }
    green: registerEntries(rating: [GREEN], organisationId: $organisationId, first: 1) { totalCount }
    blue: registerEntries(rating: [BLUE], organisationId: $organisationId, first: 1) { totalCount }
    viewer { memberships { organisation { id name } } }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const filters = readRegisterFilters(params.url);
  const result = await api.request(RegisterPage, {
    ...listQuery(params),
    ...registerFilterArgs(filters),
  });
  return {
    registerEntries: result.registerEntries,
    counts: {
      RED: result.red.totalCount,
      AMBER: result.amber.totalCount,
      GREEN: result.green.totalCount,
      BLUE: result.blue.totalCount,
    },
    ...listView(params, result.viewer.memberships),
    filters,
  };
}

export default function Register({ loaderData }: Route.ComponentProps) {
  const { registerEntries, counts, organisations, organisationId, direction, filters, href } =
    loaderData;
  const url = new URL(href);
  const rows = registerEntries.edges.map(({ node }) => node);
  // The download keeps the filters but not the page: it holds every matching entry.
  const csvHref = listHref(new URL(`${url.origin}/register.csv${url.search}`), {});
  return (
    <>
      <WorklistHeading title="Dynamic support register">
        People at risk of going into hospital, on the registers of the organisations you work for
        (Appendix 2). Open someone to update their rating, risk factors or minimum information.
      </WorklistHeading>
      <h2 className="cetr-heading-m">Everyone on the register, by rating</h2>
      <ul className="cetr-register-counts">
        {(["RED", "AMBER", "GREEN", "BLUE"] as const).map((rating) => (
          <li key={rating}>
            <Link href={listHref(url, { rating })}>
              <Tag colour={RATING_TAG_COLOUR[rating]}>{RATING_NAMES[rating]}</Tag>{" "}
              <span className="cetr-register-counts__number">{counts[rating]}</span>
              <span className="cetr-hint"> {RATING_MEANINGS[rating]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <FilterForm
        action="/register"
        organisations={organisations}
        organisationId={organisationId}
        order={{
          value: direction,
          ascending: "Highest risk first",
          descending: "Lowest risk first",
        }}
      >
        <ChoiceField
          name="rating"
          label="Rating"
          value={filters.rating}
          options={RATING_FILTERS.map((value) => ({ value, label: RATING_FILTER_LABELS[value] }))}
        />
        <ChoiceField
          name="missing"
          label="Information"
          value={filters.missing}
          options={MISSING_FILTERS.map((value) => ({ value, label: MISSING_FILTER_LABELS[value] }))}
        />
      </FilterForm>
      <CountLine
        shown={rows.length}
        total={registerEntries.totalCount}
        noun={["person", "people"]}
      />
      <p>
        <a className="cetr-link" href={csvHref} download>
          Download these {registerEntries.totalCount === 1 ? "entry" : "entries"} as a spreadsheet
          (CSV)
        </a>
      </p>
      {rows.length > 0 ? (
        <SortableTable
          caption={`Register entries, ${direction === "ascending" ? "highest" : "lowest"} risk first`}
          url={url}
          direction={direction}
          columns={[
            { label: "Person" },
            {
              label: "Rating",
              sort: { ascending: "highest risk first", descending: "lowest risk first" },
            },
            { label: "Rated on" },
            { label: "Register" },
            { label: "Information complete" },
            { label: "Next register review" },
          ]}
          rows={rows.map((entry) => {
            const latest = entry.ratingHistory[entry.ratingHistory.length - 1];
            return {
              key: entry.id,
              cells: [
                <Link key="p" href={`/register/${encodeURIComponent(entry.id)}`}>
                  {entry.person.name}
                </Link>,
                <>
                  <Tag colour={RATING_TAG_COLOUR[entry.rating]}>{RATING_NAMES[entry.rating]}</Tag>
                  <span className="cetr-hint">{RATING_MEANINGS[entry.rating]}</span>
                </>,
                latest ? formatCalendarDate(latest.ratedOn) : "",
                entry.organisation.name,
                `${entry.minimumDatasetPercentComplete}%`,
                entry.nextReviewOn ? formatCalendarDate(entry.nextReviewOn) : "No date set",
              ],
            };
          })}
        />
      ) : null}
      <Pagination label="Pages of register entries" {...pageHrefs(url, registerEntries.pageInfo)} />
    </>
  );
}
