import { graphql } from "@cetr/graphql";
import { Link, Pagination, Tag } from "@cetr/ui";
import { actionPath, whoseAction } from "../lib/action-labels";
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
import {
  ChoiceField,
  CountLine,
  FilterForm,
  SortableTable,
  WorklistHeading,
} from "../lib/worklist-ui";
import type { Route } from "./+types/dashboard-actions";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const ActionsList = graphql(`
  query DashboardActions(
    $first: Int, $after: String, $last: Int, $before: String, $organisationId: ID,
    $overdue: Boolean, $dueWithinDays: Int, $status: [ActionStatus!], $ownerId: ID,
    $descending: Boolean
  ) {
    actions(
      first: $first, after: $after, last: $last, before: $before, organisationId: $organisationId,
      overdue: $overdue, dueWithinDays: $dueWithinDays, status: $status, ownerId: $ownerId,
      descending: $descending
    ) {
      totalCount
      edges {
        node {
          id what dueOn daysOverdue isOverdue
          owner { id displayName }
          review { id person { id } }
          context { personName }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { user { id } memberships { organisation { id name } } }
  }
`);

const Me = graphql(`
  query DashboardActionsMe { viewer { user { id } } }
`);

const SHOW = ["overdue", "due-soon", "open"] as const;
const OWNER = ["anyone", "me"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const show = oneOf(params.url.searchParams.get("show"), SHOW, "overdue");
  const owner = oneOf(params.url.searchParams.get("owner"), OWNER, "anyone");
  const me = owner === "me" ? ((await api.request(Me)).viewer.user?.id ?? null) : null;
  const { actions, viewer } = await api.request(ActionsList, {
    ...listQuery(params),
    overdue: show === "overdue" ? true : null,
    dueWithinDays: show === "due-soon" ? 14 : null,
    status: ["OPEN"],
    ownerId: me,
  });
  return {
    actions,
    ...listView(params, viewer.memberships),
    show,
    owner,
    today: todayInEngland(),
  };
}

const HEADINGS = {
  overdue: "Late actions",
  "due-soon": "Actions due in the next 14 days",
  open: "All open actions",
} as const;

export default function DashboardActions({ loaderData }: Route.ComponentProps) {
  const { actions, organisations, organisationId, direction, show, owner, href, today } =
    loaderData;
  const url = new URL(href);
  const rows = actions.edges.map(({ node }) => node);
  return (
    <>
      <WorklistHeading title={HEADINGS[show]}>
        Actions agreed at reviews (SMART actions) that are still open. Each one has one named person
        responsible for it and a date it should be done by.
      </WorklistHeading>
      <FilterForm
        action="/dashboard/actions"
        organisations={organisations}
        organisationId={organisationId}
        order={{
          value: direction,
          ascending: "Earliest due date first",
          descending: "Latest due date first",
        }}
      >
        <ChoiceField
          name="show"
          label="Show"
          value={show}
          options={[
            { value: "overdue", label: "Late actions" },
            { value: "due-soon", label: "Due in the next 14 days" },
            { value: "open", label: "All open actions" },
          ]}
        />
        <ChoiceField
          name="owner"
          label="Who is responsible"
          value={owner}
          options={[
            { value: "anyone", label: "Anyone" },
            { value: "me", label: "Me" },
          ]}
        />
      </FilterForm>
      <CountLine shown={rows.length} total={actions.totalCount} noun={["action", "actions"]} />
      {rows.length > 0 ? (
        <SortableTable
          caption={`${HEADINGS[show]}, ${direction === "ascending" ? "earliest" : "latest"} due first`}
          url={url}
          direction={direction}
          columns={[
            { label: "What will happen" },
            { label: "Person" },
            { label: "Responsible" },
            { label: "Due", sort: { ascending: "earliest first", descending: "latest first" } },
            { label: "How late" },
          ]}
          rows={rows.map((action) => {
            const late = daysBetween(action.dueOn, today);
            return {
              key: action.id,
              cells: [
                <Link key="a" href={actionPath(action.id)}>
                  {action.what}
                </Link>,
                // The record is linked only for those who may read it (not an owner alone, ADR 0041).
                action.review ? (
                  <Link key="p" href={`/people/${encodeURIComponent(action.review.person.id)}`}>
                    {whoseAction(action.context)}
                  </Link>
                ) : (
                  whoseAction(action.context)
                ),
                action.owner.displayName,
                <span key="d" className="cetr-nowrap">
                  {formatCalendarDate(action.dueOn)}
                </span>,
                action.isOverdue ? (
                  <Tag colour="red">{`Late by ${pluralDays(action.daysOverdue)}`}</Tag>
                ) : late === 0 ? (
                  "Due today"
                ) : (
                  `Not late: ${pluralDays(-late)} left`
                ),
              ],
            };
          })}
        />
      ) : null}
      <Pagination label="Pages of actions" {...pageHrefs(url, actions.pageInfo)} />
    </>
  );
}
