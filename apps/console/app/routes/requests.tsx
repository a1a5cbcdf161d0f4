import { graphql } from "@cetr/graphql";
import { Link, Notice, Pagination, Table, Tag, VisuallyHidden } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { decisionHref } from "../lib/request-decision";
import { STAGE_LABELS } from "../lib/triage";
import {
  daysBetween,
  listHref,
  organisationsOf,
  type PageInfo,
  pluralDays,
  todayInEngland,
} from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { OrganisationFilter } from "../lib/worklist-ui";
import type { Route } from "./+types/requests";
import { askerLine, formatReceived, HOSPITAL_LABELS, WORRY_LABELS } from "./requests.labels";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const PAGE_SIZE = 20;

/**
 * Requests for a review (§14, Figure 9), in the two lists the dashboard's
 * "Requests waiting" card counts, each from one API field and filter so that
 * each count always agrees with its list, for the same organisation choice:
 *
 * - not matched yet: request forms sent through the portal and not yet
 *   matched to a person on the caseload (incomingReviewRequests(waiting: true));
 * - waiting for a decision: matched to a person, with the care coordinator or
 *   the commissioner to decide (reviewRequests(waitingForDecision: true)).
 *   Still being triaged, so still on a staff list, not only on the record.
 *
 * Both oldest first, the order to answer them in; each pages on its own.
 */
const RequestsPage = graphql(`
  query ConsoleIncomingRequests(
    $first: Int, $after: String, $last: Int, $before: String, $organisationId: ID,
    $decisionFirst: Int, $decisionAfter: String, $decisionLast: Int, $decisionBefore: String
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
    reviewRequests(
      waitingForDecision: true, organisationId: $organisationId,
      first: $decisionFirst, after: $decisionAfter, last: $decisionLast, before: $decisionBefore
    ) {
      totalCount
      edges { node { id stage receivedOn formReference person { id name } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

/** One list's page, read from its own pair of URL parameters (e.g. decisionAfter, decisionBefore). */
function pageArgs(url: URL, keys: { after: string; before: string }) {
  const before = url.searchParams.get(keys.before);
  const after = url.searchParams.get(keys.after);
  return before
    ? { first: null, after: null, last: PAGE_SIZE, before }
    : { first: PAGE_SIZE, after, last: null, before: null };
}

const TRIAGE_KEYS = { after: "after", before: "before" };
const DECISION_KEYS = { after: "decisionAfter", before: "decisionBefore" };

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const organisationId = url.searchParams.get("organisation") || null;
  const decision = pageArgs(url, DECISION_KEYS);
  const { incomingReviewRequests, reviewRequests, viewer } = await api.request(RequestsPage, {
    organisationId,
    ...pageArgs(url, TRIAGE_KEYS),
    decisionFirst: decision.first,
    decisionAfter: decision.after,
    decisionLast: decision.last,
    decisionBefore: decision.before,
  });
  return {
    requests: incomingReviewRequests,
    deciding: reviewRequests,
    organisations: organisationsOf(viewer.memberships),
    organisationId,
    href: url.href,
    today: todayInEngland(),
  };
}

/** Who the request waits on now (Figure 9): the care coordinator looks first, then the commissioner. */
const WAITING_ON: Record<string, string> = {
  RECEIVED: "Nobody yet: pass it to the care coordinator",
  WITH_CARE_COORDINATOR: "The care coordinator",
  WITH_COMMISSIONER: "The commissioner",
};

/**
 * Previous/next links for one of the two lists: the other list stays on its
 * page, and the link lands back on this list's heading.
 */
function sectionPageHrefs(
  url: URL,
  pageInfo: PageInfo,
  keys: { after: string; before: string },
  anchor: string,
) {
  const keep = Object.fromEntries(
    [TRIAGE_KEYS, DECISION_KEYS]
      .flatMap((k) => [k.after, k.before])
      .map((k) => [k, url.searchParams.get(k)]),
  );
  const href = (changes: Record<string, string | null>) =>
    `${listHref(url, { ...keep, ...changes })}#${anchor}`;
  return {
    previousHref:
      pageInfo.hasPreviousPage && pageInfo.startCursor
        ? href({ [keys.before]: pageInfo.startCursor, [keys.after]: null })
        : undefined,
    nextHref:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? href({ [keys.after]: pageInfo.endCursor, [keys.before]: null })
        : undefined,
  };
}

/** "No requests are waiting.", "1 request is waiting.", "3 requests are waiting." */
const howMany = (n: number) =>
  n === 0
    ? "No requests are waiting."
    : n === 1
      ? "1 request is waiting."
      : `${n} requests are waiting.`;

type Loaded = Route.ComponentProps["loaderData"];

/** Request forms not matched to a person yet: waiting for triage. */
function NotMatchedList({ requests, url }: { requests: Loaded["requests"]; url: URL }) {
  const rows = requests.edges.map(({ node }) => node);
  const areas = new Set(rows.map((r) => r.organisation.name));
  return (
    <>
      <p>{howMany(requests.totalCount)}</p>
      {rows.length > 0 ? (
        <Table
          caption="Requests not matched to a person yet, oldest first"
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
      ) : null}
      <Pagination
        label="Pages of requests not matched yet"
        {...sectionPageHrefs(url, requests.pageInfo, TRIAGE_KEYS, "not-matched")}
      />
    </>
  );
}

/** Matched requests the care coordinator or the commissioner has yet to decide (Figure 9). */
function DecisionList({
  deciding,
  url,
  today,
}: {
  deciding: Loaded["deciding"];
  url: URL;
  today: string;
}) {
  const rows = deciding.edges.map(({ node }) => node);
  return (
    <>
      <p>{howMany(deciding.totalCount)}</p>
      {rows.length > 0 ? (
        <Table
          caption="Requests waiting for a decision, oldest first"
          firstCellIsHeader
          head={["Person", "With", "Asked", "Waiting", "Decision"]}
          rows={rows.map((r) => {
            const days = daysBetween(r.receivedOn as string, today);
            return {
              key: r.id,
              cells: [
                r.person.name,
                WAITING_ON[r.stage] ?? STAGE_LABELS[r.stage] ?? r.stage,
                <span key="asked" className="cetr-nowrap">
                  {formatCalendarDate(r.receivedOn as string)}
                </span>,
                days <= 0 ? "Asked today" : pluralDays(days),
                // The request form's page, or for a request made another way (through the API,
                // say) its own page: either way, where the decision is recorded.
                <Link key="decide" href={decisionHref(r)}>
                  Record the decision
                  <VisuallyHidden>{` for ${r.person.name}`}</VisuallyHidden>
                </Link>,
              ],
            };
          })}
        />
      ) : null}
      <Pagination
        label="Pages of requests waiting for a decision"
        {...sectionPageHrefs(url, deciding.pageInfo, DECISION_KEYS, "waiting-for-decision")}
      />
    </>
  );
}

export default function Requests({ loaderData }: Route.ComponentProps) {
  const { requests, deciding, organisations, organisationId, href, today } = loaderData;
  const url = new URL(href);
  const chosen = organisations.find((o) => o.id === organisationId);
  return (
    <>
      <title>{pageTitle("Requests for a review")}</title>
      <h1 className="cetr-heading-xl">Requests for a review</h1>
      <p>
        Requests waiting for triage{chosen ? ` for ${chosen.name}` : ""}, oldest first. The care
        coordinator looks first and tries to resolve the worry; if the requester still wants a
        review, the commissioner decides whether to hold one (§14).
      </p>
      <OrganisationFilter
        action="/requests"
        organisations={organisations}
        organisationId={organisationId}
      />
      {organisations.length === 0 ? (
        <Notice title="Your account has no role here yet">
          <p>
            You are signed in, but your account is not linked to an organisation in this service.
            Ask your organisation's administrator to add you.
          </p>
        </Notice>
      ) : (
        <>
          <section aria-labelledby="not-matched">
            <h2 className="cetr-heading-m" id="not-matched">
              Not matched to a person yet
            </h2>
            <p>Sent through the family portal's form. Open one to match it to a person.</p>
            <NotMatchedList requests={requests} url={url} />
          </section>
          <section aria-labelledby="waiting-for-decision">
            <h2 className="cetr-heading-m" id="waiting-for-decision">
              Waiting for a decision
            </h2>
            <p>
              Matched to a person, and waiting for the care coordinator or the commissioner to
              decide: sort out the worry, hold a review, or say no.
            </p>
            <DecisionList deciding={deciding} url={url} today={today} />
          </section>
        </>
      )}
    </>
  );
}
