import { graphql } from "@cetr/graphql";
import { Link, Pagination, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate } from "../lib/format";
import {
  daysBetween,
  listQuery,
  listView,
  oneOf,
  pageHrefs,
  pluralDays,
  readListParams,
  todayInEngland,
} from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { REVIEW_STATUS_LABELS } from "../lib/worklist-labels";
import {
  ChoiceField,
  CountLine,
  FilterForm,
  SortableTable,
  WorklistHeading,
} from "../lib/worklist-ui";
import type { Route } from "./+types/dashboard-reports";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const ReportsDue = graphql(`
  query DashboardReportsDue(
    $first: Int, $after: String, $last: Int, $before: String,
    $organisationId: ID, $overdue: Boolean, $descending: Boolean
  ) {
    reportsDue(
      first: $first, after: $after, last: $last, before: $before,
      organisationId: $organisationId, overdue: $overdue, descending: $descending
    ) {
      totalCount
      edges {
        node {
          id status heldOn reportDueOn kind
          person { id name }
          commissioningOrganisation { name }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

const SHOW = ["all", "late", "not-late"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const show = oneOf(params.url.searchParams.get("show"), SHOW, "all");
  const { reportsDue, viewer } = await api.request(ReportsDue, {
    ...listQuery(params),
    overdue: show === "all" ? null : show === "late",
  });
  return {
    reportsDue,
    ...listView(params, viewer.memberships),
    show,
    today: todayInEngland(),
  };
}

export default function DashboardReports({ loaderData }: Route.ComponentProps) {
  const { reportsDue, organisations, organisationId, direction, show, href, today } = loaderData;
  const url = new URL(href);
  const rows = reportsDue.edges.map(({ node }) => node);
  return (
    <>
      <WorklistHeading title="Reports to send">
        After a review, the report must reach everyone within 2 weeks (policy §7.2.18). These
        reviews have been held but their report has not been sent yet.
      </WorklistHeading>
      <FilterForm
        action="/dashboard/reports-due"
        organisations={organisations}
        organisationId={organisationId}
        order={{ value: direction, ascending: "Soonest due first", descending: "Latest due first" }}
      >
        <ChoiceField
          name="show"
          label="Show"
          value={show}
          options={[
            { value: "all", label: "All reports not sent" },
            { value: "late", label: "Late only" },
            { value: "not-late", label: "Not late yet" },
          ]}
        />
      </FilterForm>
      <CountLine shown={rows.length} total={reportsDue.totalCount} noun={["report", "reports"]} />
      {rows.length > 0 ? (
        <SortableTable
          caption={`Reports to send, ${direction === "ascending" ? "soonest" : "latest"} due first`}
          url={url}
          direction={direction}
          columns={[
            { label: "Person" },
            { label: "Review held" },
            {
              label: "Report due",
              sort: { ascending: "soonest first", descending: "latest first" },
            },
            { label: "Where it is" },
          ]}
          rows={rows.map((review) => {
            const late = review.reportDueOn ? daysBetween(review.reportDueOn, today) : 0;
            return {
              key: review.id,
              cells: [
                <Link key="p" href={`/people/${encodeURIComponent(review.person.id)}`}>
                  {review.person.name}
                </Link>,
                review.heldOn ? formatCalendarDate(review.heldOn) : "Date not recorded",
                review.reportDueOn ? (
                  <>
                    <span className="cetr-nowrap">{formatCalendarDate(review.reportDueOn)}</span>
                    <br />
                    {late > 0 ? (
                      <Tag colour="red">{`Late by ${pluralDays(late)}`}</Tag>
                    ) : late === 0 ? (
                      "Due today"
                    ) : (
                      `${pluralDays(-late)} left`
                    )}
                  </>
                ) : (
                  "No date set"
                ),
                REVIEW_STATUS_LABELS[review.status] ?? review.status,
              ],
            };
          })}
        />
      ) : null}
      <Pagination label="Pages of reports to send" {...pageHrefs(url, reportsDue.pageInfo)} />
    </>
  );
}
