import { graphql } from "@cetr/graphql";
import { Link, Pagination, Tag, VisuallyHidden } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { bookedReviewFor, type DueLike, planKindFor, undatedDueWords } from "../lib/due-reviews";
import { datesInWords, formatCalendarDate } from "../lib/format";
import { listQuery, listView, oneOf, pageHrefs, pluralDays, readListParams } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { DUE_REVIEW_KIND_LABELS, RULE_LABELS } from "../lib/worklist-labels";
import {
  ChoiceField,
  CountLine,
  FilterForm,
  SortableTable,
  WorklistHeading,
} from "../lib/worklist-ui";
import type { Route } from "./+types/dashboard-reviews";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const ReviewsDue = graphql(`
  query DashboardReviewsDue(
    $first: Int, $after: String, $last: Int, $before: String,
    $organisationId: ID, $overdue: Boolean, $withinDays: Int, $descending: Boolean
  ) {
    dueReviews(
      first: $first, after: $after, last: $last, before: $before,
      organisationId: $organisationId, overdue: $overdue, withinDays: $withinDays,
      descending: $descending
    ) {
      totalCount
      overdueCount
      edges {
        node {
          person { id name preferredName reviews { id kind status } }
          due {
            kind dueOn dueCondition overdue daysOverdue reason rule section triggeredOn
            request { review { id status } }
          }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

const SHOW = ["all", "overdue", "upcoming"] as const;
const WITHIN = ["7", "14", "28"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const show = oneOf(params.url.searchParams.get("show"), SHOW, "all");
  const within = oneOf(params.url.searchParams.get("within"), WITHIN, "14");
  const { dueReviews, viewer } = await api.request(ReviewsDue, {
    ...listQuery(params),
    overdue: show === "all" ? null : show === "overdue",
    withinDays: Number(within),
  });
  return {
    dueReviews,
    ...listView(params, viewer.memberships),
    show,
    within,
  };
}

export default function DashboardReviews({ loaderData }: Route.ComponentProps) {
  const { dueReviews, organisations, organisationId, direction, show, within, href } = loaderData;
  const url = new URL(href);
  const rows = dueReviews.edges.map(({ node }) => node);
  return (
    <>
      <WorklistHeading title="Reviews due">
        Reviews that are late, or due soon, worked out from each person's admissions, moves, past
        reviews and the requests for a review the commissioner agreed to, under the national policy.
        Each row says which rule sets the date.
      </WorklistHeading>
      <FilterForm
        action="/dashboard/reviews-due"
        organisations={organisations}
        organisationId={organisationId}
        order={{
          value: direction,
          ascending: "Soonest date first",
          descending: "Latest date first",
        }}
      >
        <ChoiceField
          name="show"
          label="Show"
          value={show}
          options={[
            { value: "all", label: "Late and due soon" },
            { value: "overdue", label: "Late only" },
            { value: "upcoming", label: "Due soon only" },
          ]}
        />
        <ChoiceField
          name="within"
          label="Due soon means within"
          value={within}
          options={WITHIN.map((d) => ({ value: d, label: `${d} days` }))}
        />
      </FilterForm>
      <CountLine shown={rows.length} total={dueReviews.totalCount} noun={["review", "reviews"]} />
      {rows.length > 0 ? (
        <SortableTable
          caption={`Reviews due, ${direction === "ascending" ? "soonest" : "latest"} first`}
          url={url}
          direction={direction}
          columns={[
            { label: "Person" },
            { label: "Review" },
            {
              label: "Due",
              sort: { ascending: "soonest first", descending: "latest first" },
            },
            { label: "Why it is due" },
          ]}
          rows={rows.map(({ person, due }) => ({
            key: `${person.id}-${due.kind}`,
            cells: [
              <Link key="p" href={`/people/${encodeURIComponent(person.id)}`}>
                {person.name}
              </Link>,
              <ReviewCell key="r" person={person} due={due} />,
              due.dueOn ? (
                <>
                  <span className="cetr-nowrap">{formatCalendarDate(due.dueOn)}</span>
                  {due.overdue ? (
                    <>
                      <br />
                      <Tag colour="red">{`Late by ${pluralDays(due.daysOverdue)}`}</Tag>
                    </>
                  ) : null}
                </>
              ) : (
                undatedDueWords(due.dueCondition)
              ),
              <>
                {/* The scheduler's reasons name dates as YYYY-MM-DD; people read them in words. */}
                {datesInWords(due.reason)}
                <br />
                <span className="cetr-hint">
                  {`Policy ${due.section}: ${RULE_LABELS[due.rule] ?? due.rule}. Started ${formatCalendarDate(due.triggeredOn)}.`}
                </span>
              </>,
            ],
          }))}
        />
      ) : null}
      <Pagination label="Pages of reviews due" {...pageHrefs(url, dueReviews.pageInfo)} />
    </>
  );
}

/** The kind of review due, and a link to the review booked to meet it, or to plan one. */
function ReviewCell({
  person,
  due,
}: {
  person: {
    id: string;
    name: string;
    reviews: readonly { id: string; kind: string; status: string }[];
  };
  due: DueLike;
}) {
  const booked = bookedReviewFor(due, person.reviews);
  const label = DUE_REVIEW_KIND_LABELS[due.kind] ?? due.kind;
  const planKind = planKindFor(due.kind);
  return (
    <>
      {label}
      <br />
      {booked ? (
        <Link href={`/reviews/${encodeURIComponent(booked.id)}`}>
          Open the booked review<VisuallyHidden> for {person.name}</VisuallyHidden>
        </Link>
      ) : (
        <Link
          href={`/people/${encodeURIComponent(person.id)}/reviews/new?${new URLSearchParams({ kind: planKind })}`}
        >
          Plan it<VisuallyHidden> for {person.name}</VisuallyHidden>
        </Link>
      )}
    </>
  );
}
