import { graphql } from "@cetr/graphql";
import { Link, Pagination, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate } from "../lib/format";
import { listQuery, listView, oneOf, pageHrefs, readListParams } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { RATING_MEANINGS, RATING_NAMES } from "../lib/worklist-labels";
import {
  ChoiceField,
  CountLine,
  FilterForm,
  SortableTable,
  WorklistHeading,
} from "../lib/worklist-ui";
import type { Route } from "./+types/dashboard-register";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const RegisterGaps = graphql(`
  query DashboardRegister(
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
          id rating nextReviewOn minimumDatasetPercentComplete
          person { id name }
          organisation { name }
          missingData { field label section }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

const RATING = ["red-amber", "RED", "AMBER"] as const;
const MISSING = ["missing", "any"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const rating = oneOf(params.url.searchParams.get("rating"), RATING, "red-amber");
  const missing = oneOf(params.url.searchParams.get("missing"), MISSING, "missing");
  const { registerEntries, viewer } = await api.request(RegisterGaps, {
    ...listQuery(params),
    rating: rating === "red-amber" ? ["RED", "AMBER"] : [rating],
    missingData: missing === "missing" ? true : null,
  });
  return {
    registerEntries,
    ...listView(params, viewer.memberships),
    rating,
    missing,
  };
}

const TAG_COLOUR = { RED: "red", AMBER: "yellow", GREEN: "green", BLUE: "blue" } as const;

export default function DashboardRegister({ loaderData }: Route.ComponentProps) {
  const { registerEntries, organisations, organisationId, direction, rating, missing, href } =
    loaderData;
  const url = new URL(href);
  const rows = registerEntries.edges.map(({ node }) => node);
  return (
    <>
      <WorklistHeading title="Register: information missing">
        People on the dynamic support register rated red or amber, whose record is missing some of
        the minimum information the policy asks for (Figure 11). Fill the gaps so the right support
        can be planned.
      </WorklistHeading>
      <FilterForm
        action="/dashboard/register"
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
          value={rating}
          options={[
            { value: "red-amber", label: "Red and amber" },
            { value: "RED", label: "Red only" },
            { value: "AMBER", label: "Amber only" },
          ]}
        />
        <ChoiceField
          name="missing"
          label="Information"
          value={missing}
          options={[
            { value: "missing", label: "Something missing" },
            { value: "any", label: "Missing or complete" },
          ]}
        />
      </FilterForm>
      <CountLine
        shown={rows.length}
        total={registerEntries.totalCount}
        noun={["person", "people"]}
      />
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
            { label: "Missing information" },
            { label: "Next register review" },
          ]}
          rows={rows.map((entry) => ({
            key: entry.id,
            cells: [
              <Link key="p" href={`/people/${encodeURIComponent(entry.person.id)}`}>
                {entry.person.name}
              </Link>,
              <>
                <Tag colour={TAG_COLOUR[entry.rating]}>{RATING_NAMES[entry.rating]}</Tag>
                <span className="cetr-hint">{RATING_MEANINGS[entry.rating]}</span>
              </>,
              entry.missingData.length === 0 ? (
                "Nothing missing"
              ) : (
                // A long list folds away (a native disclosure: no JavaScript needed).
                <details className="cetr-worklist-details">
                  <summary>{`${entry.missingData.length} missing (${entry.minimumDatasetPercentComplete}% complete)`}</summary>
                  <ul className="cetr-dashboard-list">
                    {entry.missingData.map((gap) => (
                      <li key={gap.field}>{gap.label}</li>
                    ))}
                  </ul>
                </details>
              ),
              entry.nextReviewOn ? formatCalendarDate(entry.nextReviewOn) : "No date set",
            ],
          }))}
        />
      ) : null}
      <Pagination label="Pages of register entries" {...pageHrefs(url, registerEntries.pageInfo)} />
    </>
  );
}
