import { graphql } from "@cetr/graphql";
import { Link, Notice, Pagination, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate } from "../lib/format";
import { REQUEST_TYPE_LABELS } from "../lib/restricted-form";
import {
  daysBetween,
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
import type { Route } from "./+types/restricted";

/**
 * The Ministry of Justice monitoring table (issue 8 item 6, Appendix 6
 * §47.2): one row per review of a restricted patient, with the one-week
 * clock for the responsible clinician's contact with the MoJ.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const RestrictedTable = graphql(`
  query ConsoleRestrictedTable(
    $first: Int, $after: String, $last: Int, $before: String, $organisationId: ID, $overdue: Boolean
  ) {
    restrictedMonitoring(
      first: $first, after: $after, last: $last, before: $before,
      organisationId: $organisationId, mojContactOverdue: $overdue
    ) {
      totalCount
      edges {
        node {
          id reference reviewDate outcome responsibleClinician referredToMojOn requestType
          mojResponseOn narrative escalation mojContactDueOn mojContactOverdue mojContactLate
          person { id name }
          provider { id name }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

const SHOW = ["all", "overdue"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const show = oneOf(params.url.searchParams.get("show"), SHOW, "all");
  const { restrictedMonitoring, viewer } = await api.request(RestrictedTable, {
    ...params.page,
    organisationId: params.organisationId,
    overdue: show === "overdue" ? true : null,
  });
  const saved =
    params.url.searchParams.get("added") ?? params.url.searchParams.get("changed") ?? null;
  return {
    rows: restrictedMonitoring,
    ...listView(params, viewer.memberships),
    show,
    saved: saved ? { reference: saved, added: params.url.searchParams.has("added") } : null,
    today: todayInEngland(),
  };
}

type Row = Route.ComponentProps["loaderData"]["rows"]["edges"][number]["node"];

/** The one-week clock in words: what is due, what is late, what was done. */
function MojContact({ row, today }: { row: Row; today: string }) {
  const referred = row.referredToMojOn as string | null;
  const due = row.mojContactDueOn as string | null;
  if (row.mojContactOverdue && due)
    return (
      <Tag colour="red">{`Overdue by ${pluralDays(daysBetween(due, today))}: was due ${formatCalendarDate(due)}`}</Tag>
    );
  if (referred && row.mojContactLate && due)
    return (
      <>
        {`Referred ${formatCalendarDate(referred)}. `}
        <Tag colour="yellow">{`${pluralDays(daysBetween(due, referred))} late`}</Tag>
      </>
    );
  if (referred) return <>{`Referred ${formatCalendarDate(referred)}, on time`}</>;
  if (due) return <>{`Due by ${formatCalendarDate(due)}`}</>;
  return <>Not needed: the review did not find them ready to move on</>;
}

export default function Restricted({ loaderData }: Route.ComponentProps) {
  const { rows, organisations, organisationId, direction, show, href, saved, today } = loaderData;
  const url = new URL(href);
  const list = rows.edges.map(({ node }) => node);
  const title =
    show === "overdue" ? "Restricted patients: MoJ contact overdue" : "Restricted patients";
  return (
    <>
      {saved ? (
        <Notice title={saved.added ? "Row added" : "Row saved"} variant="success" role="status">
          <p>{`Row ${saved.reference} is on the table.`}</p>
        </Notice>
      ) : null}
      <WorklistHeading title={title}>
        The Ministry of Justice (MoJ) monitoring table (Appendix 6). When a review finds a
        restricted patient ready for discharge, or able to move somewhere less restrictive, their
        responsible clinician should contact the MoJ within one week. To add a row, open the
        person's page.
      </WorklistHeading>
      <FilterForm
        action="/restricted"
        organisations={organisations}
        organisationId={organisationId}
        order={null}
      >
        <ChoiceField
          name="show"
          label="Show"
          value={show}
          options={[
            { value: "all", label: "Every row" },
            { value: "overdue", label: "MoJ contact overdue" },
          ]}
        />
      </FilterForm>
      <CountLine shown={list.length} total={rows.totalCount} noun={["row", "rows"]} />
      {list.length > 0 ? (
        <SortableTable
          caption={`${title}, latest review first`}
          url={url}
          direction={direction}
          columns={[
            { label: "Person and reference" },
            { label: "Review" },
            { label: "Hospital and responsible clinician" },
            { label: "Contact with the MoJ" },
            { label: "Request and response" },
            { label: "Narrative and escalation" },
            { label: "Change" },
          ]}
          rows={list.map((row) => ({
            key: row.id,
            cells: [
              <span key="p">
                <Link href={`/people/${encodeURIComponent(row.person.id)}`}>{row.person.name}</Link>
                <br />
                {row.reference}
              </span>,
              <span key="r">
                {/* Allowed to wrap: seven columns only just fit the page at 1280 px. */}
                {formatCalendarDate(row.reviewDate as string)}
                <br />
                {row.outcome}
              </span>,
              `${row.provider.name}. ${row.responsibleClinician}`,
              <MojContact key="c" row={row} today={today} />,
              [
                row.requestType ? REQUEST_TYPE_LABELS[row.requestType] : "Nothing asked yet",
                row.mojResponseOn
                  ? `answered ${formatCalendarDate(row.mojResponseOn as string)}`
                  : "no answer yet",
              ].join(", "),
              [row.narrative, row.escalation ? `Escalated: ${row.escalation}` : null]
                .filter(Boolean)
                .join(" ") || "None recorded",
              <Link key="c" href={`/restricted/${encodeURIComponent(row.id)}`}>
                Change<span className="cetr-visually-hidden">{` row ${row.reference}`}</span>
              </Link>,
            ],
          }))}
        />
      ) : null}
      <Pagination label="Pages of the table" {...pageHrefs(url, rows.pageInfo)} />
    </>
  );
}
