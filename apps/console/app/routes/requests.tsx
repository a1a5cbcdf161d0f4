import { graphql } from "@cetr/graphql";
import { Link, Notice, Pagination, Table, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { listHref, organisationsOf } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { OrganisationChoice } from "../lib/worklist-ui";
import type { Route } from "./+types/requests";
import { askerLine, formatReceived, HOSPITAL_LABELS, WORRY_LABELS } from "./requests.labels";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const PAGE_SIZE = 20;

/**
 * Requests for a review sent through the portal's form (§14, Figure 9),
 * waiting for triage: not yet matched to a person on the caseload. Oldest
 * first, the order to answer them in. The dashboard's "Requests waiting"
 * counts this same list (same API field and filter), for the same
 * organisation choice, so the count and the list always agree.
 */
const RequestsPage = graphql(`
  query ConsoleIncomingRequests(
    $first: Int, $after: String, $last: Int, $before: String, $organisationId: ID
  ) {
    incomingReviewRequests(
      waiting: true, organisationId: $organisationId,
      first: $first, after: $after, last: $last, before: $before
    ) {
      totalCount
      edges {
        node {
          reference receivedAt asker askerName askerRole askerOrganisation
          aboutName aboutDateOfBirth worries hospitalStatus organisation { name }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const before = url.searchParams.get("before");
  const after = url.searchParams.get("after");
  const organisationId = url.searchParams.get("organisation") || null;
  const { incomingReviewRequests, viewer } = await api.request(RequestsPage, {
    organisationId,
    ...(before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? null }),
  });
  return {
    requests: incomingReviewRequests,
    organisations: organisationsOf(viewer.memberships),
    organisationId,
    href: url.href,
  };
}

export default function Requests({ loaderData }: Route.ComponentProps) {
  const { requests, organisations, organisationId, href } = loaderData;
  const url = new URL(href);
  const hasMembership = organisations.length > 0;
  const chosen = organisations.find((o) => o.id === organisationId);
  const rows = requests.edges.map(({ node }) => node);
  const areas = new Set(rows.map((r) => r.organisation.name));
  return (
    <>
      <title>{pageTitle("Requests for a review")}</title>
      <h1 className="cetr-heading-xl">Requests for a review</h1>
      <p>
        Sent through the family portal's form and waiting for triage (not yet matched to a person),
        oldest first. The care coordinator looks first and tries to resolve the worry; if the
        requester still wants a review, the commissioner decides.
      </p>
      {organisations.length > 1 ? (
        <form
          method="get"
          action="/requests"
          className="cetr-worklist-filters"
          aria-label="Organisation"
        >
          <OrganisationChoice organisations={organisations} organisationId={organisationId} />
          <button type="submit" className="cetr-button cetr-button--secondary">
            Show
          </button>
        </form>
      ) : null}
      {!hasMembership ? (
        <Notice title="Your account has no role here yet">
          <p>
            You are signed in, but your account is not linked to an organisation in this service.
            Ask your organisation's administrator to add you.
          </p>
        </Notice>
      ) : rows.length === 0 ? (
        <p>There are no requests waiting{chosen ? ` for ${chosen.name}` : ""}.</p>
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
            ? listHref(url, { before: requests.pageInfo.startCursor, after: null })
            : undefined
        }
        nextHref={
          requests.pageInfo.hasNextPage && requests.pageInfo.endCursor
            ? listHref(url, { after: requests.pageInfo.endCursor, before: null })
            : undefined
        }
      />
    </>
  );
}
