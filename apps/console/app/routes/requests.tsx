import { graphql } from "@cetr/graphql";
import { Link, Notice, Pagination, Table, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate, pageTitle } from "../lib/format";
import type { Route } from "./+types/requests";
import { askerLine, formatReceived, HOSPITAL_LABELS, WORRY_LABELS } from "./requests.labels";

const PAGE_SIZE = 20;

/**
 * Requests for a review sent through the portal's form (§14, Figure 9),
 * waiting to be looked at: the care coordinator first, then the commissioner.
 * Oldest first, the order to answer them in. Viewing only: triage comes later.
 */
const RequestsPage = graphql(`
  query ConsoleIncomingRequests($first: Int, $after: String, $last: Int, $before: String) {
    incomingReviewRequests(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        node {
          reference receivedAt asker askerName askerRole askerOrganisation
          aboutName aboutDateOfBirth worries hospitalStatus organisation { name }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { role } }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const before = url.searchParams.get("before");
  const after = url.searchParams.get("after");
  const { incomingReviewRequests, viewer } = await api.request(
    RequestsPage,
    before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? null },
  );
  return { requests: incomingReviewRequests, hasMembership: viewer.memberships.length > 0 };
}

export default function Requests({ loaderData }: Route.ComponentProps) {
  const { requests, hasMembership } = loaderData;
  const rows = requests.edges.map(({ node }) => node);
  const areas = new Set(rows.map((r) => r.organisation.name));
  return (
    <>
      <title>{pageTitle("Requests for a review")}</title>
      <h1 className="cetr-heading-xl">Requests for a review</h1>
      <p>
        Sent through the family portal's form and waiting to be looked at, oldest first. The care
        coordinator looks first and tries to resolve the worry; if the requester still wants a
        review, the commissioner decides.
      </p>
      {!hasMembership ? (
        <Notice title="Your account has no role here yet">
          <p>
            You are signed in, but your account is not linked to an organisation in this service.
            Ask your organisation's administrator to add you.
          </p>
        </Notice>
      ) : rows.length === 0 ? (
        <p>There are no requests waiting.</p>
      ) : (
        <>
          <p>
            {requests.totalCount === 1
              ? "1 request is waiting."
              : `${requests.totalCount} requests are waiting.`}
          </p>
          <Table
            caption="Waiting requests"
            firstCellIsHeader
            head={[
              "Reference",
              "Received",
              "Who asked",
              "About",
              "Worry",
              ...(areas.size > 1 ? ["Area"] : []),
            ]}
            rows={rows.map((r) => ({
              key: r.reference,
              cells: [
                <Link key="ref" href={`/requests/${encodeURIComponent(r.reference)}`}>
                  <span className="cetr-nowrap">{r.reference}</span>
                </Link>,
                formatReceived(r.receivedAt as string),
                askerLine(r),
                <>
                  {r.aboutName}
                  <br />
                  <span className="cetr-hint">
                    Born {formatCalendarDate(r.aboutDateOfBirth as string)}
                  </span>
                </>,
                <>
                  {r.worries.map((w) => WORRY_LABELS[w]).join("; ")}
                  {r.hospitalStatus === "IN_HOSPITAL" || r.hospitalStatus === "AT_RISK" ? (
                    <>
                      {" "}
                      <Tag colour={r.hospitalStatus === "IN_HOSPITAL" ? "blue" : "red"}>
                        {HOSPITAL_LABELS[r.hospitalStatus]}
                      </Tag>
                    </>
                  ) : null}
                </>,
                ...(areas.size > 1 ? [r.organisation.name] : []),
              ],
            }))}
          />
        </>
      )}
      <Pagination
        label="Pages of requests"
        previousHref={
          requests.pageInfo.hasPreviousPage && requests.pageInfo.startCursor
            ? `/requests?before=${encodeURIComponent(requests.pageInfo.startCursor)}`
            : undefined
        }
        nextHref={
          requests.pageInfo.hasNextPage && requests.pageInfo.endCursor
            ? `/requests?after=${encodeURIComponent(requests.pageInfo.endCursor)}`
            : undefined
        }
      />
    </>
  );
}
