import { graphql } from "@cetr/graphql";
import { Link, Notice } from "@cetr/ui";
import { whoseAction } from "../lib/action-labels";
import { requireApi } from "../lib/api.server";
import { undatedDueWords } from "../lib/due-reviews";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { listHref, organisationsOf, pluralDays, todayInEngland } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { DUE_REVIEW_KIND_LABELS } from "../lib/worklist-labels";
import { OrganisationFilter } from "../lib/worklist-ui";
import type { Route } from "./+types/home";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

/** One request for the whole dashboard: each work list's count and its first few rows. */
const Dashboard = graphql(`
  query Dashboard($organisationId: ID) {
    dueReviews(organisationId: $organisationId, withinDays: 14, first: 3) {
      totalCount
      overdueCount
      edges {
        node {
          person { id name }
          due { kind dueOn dueCondition overdue daysOverdue section }
        }
      }
    }
    reportsDue(organisationId: $organisationId, first: 3) {
      totalCount
      edges { node { id reportDueOn person { id name } } }
    }
    lateReports: reportsDue(organisationId: $organisationId, overdue: true, first: 1) {
      totalCount
    }
    actions(organisationId: $organisationId, overdue: true, status: [OPEN], first: 3) {
      totalCount
      edges { node { id what daysOverdue owner { displayName } context { personName } } }
    }
    actionQuestions(organisationId: $organisationId, open: true, first: 3) {
      totalCount
      edges { node { id askedBy { displayName } action { what context { personName } } } }
    }
    incomingReviewRequests(waiting: true, organisationId: $organisationId, first: 1) {
      totalCount
    }
    reviewRequests(waitingForDecision: true, organisationId: $organisationId, first: 1) {
      totalCount
    }
    registerEntries(
      organisationId: $organisationId, rating: [RED, AMBER], missingData: true, first: 3
    ) {
      totalCount
      edges { node { id rating person { name } missingData { field } } }
    }
    restrictedOverdue: restrictedMonitoring(
      organisationId: $organisationId, mojContactOverdue: true, first: 3
    ) {
      totalCount
      edges { node { id reference mojContactDueOn person { name } } }
    }
    viewer { memberships { organisation { id name } } }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const organisationId = url.searchParams.get("organisation") || null;
  const data = await api.request(Dashboard, { organisationId });
  return {
    ...data,
    organisations: organisationsOf(data.viewer.memberships),
    organisationId,
    href: url.href,
    today: todayInEngland(),
  };
}

/** "Monday 23 November 2026": the day the dashboard's "late" and "due" are counted from. */
function formatLongDate(isoDate: string) {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "none is late", "1 is late", "3 are late". */
function howManyLate(n: number, late = "late") {
  return n === 0 ? `none is ${late}` : n === 1 ? `1 is ${late}` : `${n} are ${late}`;
}

interface SectionProps {
  id: string;
  title: string;
  total: number;
  /** Whether anything here is late: the card says so in words, and its top rule turns red. */
  problem: boolean;
  summary: string;
  link: { href: string; text: string };
  children?: React.ReactNode;
}

function Section({ id, title, total, problem, summary, link, children }: SectionProps) {
  return (
    <li
      className={`cetr-card ${problem ? "cetr-card--problem" : total === 0 ? "cetr-card--clear" : ""}`}
      aria-labelledby={id}
    >
      <h2 className="cetr-card__title" id={id}>
        {title}
      </h2>
      <p>
        <span className="cetr-dashboard-count">{total}</span>
        {summary}
      </p>
      {children}
      <p>
        <Link href={link.href}>{link.text}</Link>
      </p>
    </li>
  );
}

interface CountPart {
  total: number;
  summary: string;
  link: { href: string; text: string };
}

/**
 * A card with more than one count, each with the link to its own list (the
 * list shows exactly the rows the count counts).
 */
function SplitSection({ id, title, parts }: { id: string; title: string; parts: CountPart[] }) {
  const total = parts.reduce((sum, part) => sum + part.total, 0);
  return (
    <li className={`cetr-card ${total === 0 ? "cetr-card--clear" : ""}`} aria-labelledby={id}>
      <h2 className="cetr-card__title" id={id}>
        {title}
      </h2>
      {parts.map((part) => (
        <div key={part.link.href}>
          <p>
            <span className="cetr-dashboard-count">{part.total}</span>
            {part.summary}
          </p>
          <p>
            <Link href={part.link.href}>{part.link.text}</Link>
          </p>
        </div>
      ))}
    </li>
  );
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const {
    dueReviews,
    reportsDue,
    lateReports,
    actions,
    actionQuestions,
    incomingReviewRequests,
    reviewRequests,
    registerEntries,
    restrictedOverdue,
    organisations,
    organisationId,
    href,
    today,
  } = loaderData;
  const url = new URL(href);
  // The lists keep the dashboard's organisation choice.
  const to = (path: string, extra: Record<string, string> = {}) =>
    listHref(new URL(path, url), { organisation: organisationId, ...extra });
  const chosen = organisations.find((o) => o.id === organisationId);
  return (
    <>
      <title>{pageTitle("Dashboard")}</title>
      <h1 className="cetr-heading-xl">Dashboard</h1>
      {organisations.length === 0 ? (
        <Notice title="Your account has no role here yet">
          <p>
            You are signed in, but your account is not linked to an organisation in this service, so
            there is nothing for you to see. Ask your organisation's administrator to add you.
          </p>
        </Notice>
      ) : (
        <>
          <p>
            What needs doing for{" "}
            {chosen
              ? chosen.name
              : organisations.length === 1
                ? organisations[0]?.name
                : "all your organisations"}
            , as of {formatLongDate(today)}. Late things come first in every list.
          </p>
          <OrganisationFilter
            action="/"
            organisations={organisations}
            organisationId={organisationId}
          />
          <ul className="cetr-card-grid">
            <Section
              id="reviews-due"
              title="Reviews due"
              total={dueReviews.totalCount}
              problem={dueReviews.overdueCount > 0}
              summary={` ${dueReviews.totalCount === 1 ? "review" : "reviews"} late or due in the next 14 days: ${howManyLate(dueReviews.overdueCount)}.`}
              link={{ href: to("/dashboard/reviews-due"), text: "See all reviews due" }}
            >
              {dueReviews.edges.length > 0 ? (
                <ul className="cetr-dashboard-list">
                  {dueReviews.edges.map(({ node: { person, due } }) => (
                    <li key={`${person.id}-${due.kind}`}>
                      {`${person.name}: ${DUE_REVIEW_KIND_LABELS[due.kind] ?? due.kind}, `}
                      {due.dueOn
                        ? due.overdue
                          ? `late by ${pluralDays(due.daysOverdue)}`
                          : `due ${formatCalendarDate(due.dueOn)}`
                        : undatedDueWords(due.dueCondition).toLowerCase()}
                      {` (${due.section})`}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
            <Section
              id="reports-due"
              title="Reports to send"
              total={reportsDue.totalCount}
              problem={lateReports.totalCount > 0}
              summary={
                reportsDue.totalCount === 0
                  ? " reports waiting: every report from a review held has been sent."
                  : ` ${reportsDue.totalCount === 1 ? "report" : "reports"} not sent yet: ${howManyLate(lateReports.totalCount)} (more than 2 weeks after the review).`
              }
              link={{ href: to("/dashboard/reports-due"), text: "See all reports to send" }}
            >
              {reportsDue.edges.length > 0 ? (
                <ul className="cetr-dashboard-list">
                  {reportsDue.edges.map(({ node }) => (
                    <li key={node.id}>
                      {node.person.name}
                      {node.reportDueOn ? `: due ${formatCalendarDate(node.reportDueOn)}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
            <Section
              id="late-actions"
              title="Late actions"
              total={actions.totalCount}
              problem={actions.totalCount > 0}
              summary={` ${actions.totalCount === 1 ? "action is" : "actions are"} still open after the date agreed.`}
              link={{ href: to("/dashboard/actions"), text: "See all late actions" }}
            >
              {actions.edges.length > 0 ? (
                <ul className="cetr-dashboard-list">
                  {actions.edges.map(({ node }) => (
                    <li key={node.id}>
                      {`${whoseAction(node.context)}: ${node.what} (${node.owner.displayName}, late by ${pluralDays(node.daysOverdue)})`}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
            <Section
              id="action-questions"
              title="Questions from families"
              total={actionQuestions.totalCount}
              problem={false}
              summary={` ${actionQuestions.totalCount === 1 ? "question about an action is" : "questions about actions are"} waiting for an answer.`}
              link={{ href: to("/dashboard/questions"), text: "See all questions from families" }}
            >
              {actionQuestions.edges.length > 0 ? (
                <ul className="cetr-dashboard-list">
                  {actionQuestions.edges.map(({ node }) => (
                    <li key={node.id}>
                      {`${whoseAction(node.action.context)}: ${node.action.what} (asked by ${node.askedBy.displayName})`}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
            {/* Both halves of triage (§14, Figure 9): forms not matched to a person yet, and matched
                requests the care coordinator or commissioner has still to decide. */}
            <SplitSection
              id="requests-waiting"
              title="Requests waiting"
              parts={[
                {
                  total: incomingReviewRequests.totalCount,
                  summary: ` ${incomingReviewRequests.totalCount === 1 ? "request for a review is" : "requests for a review are"} not matched to a person yet: sent through the request form.`,
                  link: {
                    href: `${to("/requests")}#not-matched`,
                    text: "See requests not matched yet",
                  },
                },
                {
                  total: reviewRequests.totalCount,
                  summary: ` ${reviewRequests.totalCount === 1 ? "request is" : "requests are"} waiting for a decision by the care coordinator or the commissioner.`,
                  link: {
                    href: `${to("/requests")}#waiting-for-decision`,
                    text: "See requests waiting for a decision",
                  },
                },
              ]}
            />
            <Section
              id="register-gaps"
              title="Register: information missing"
              total={registerEntries.totalCount}
              problem={false}
              summary={` ${registerEntries.totalCount === 1 ? "person" : "people"} rated red or amber with information missing from their register entry.`}
              link={{ href: to("/dashboard/register"), text: "See who has information missing" }}
            >
              {registerEntries.edges.length > 0 ? (
                <ul className="cetr-dashboard-list">
                  {registerEntries.edges.map(({ node }) => (
                    <li key={node.id}>
                      {`${node.person.name} (${node.rating === "RED" ? "red" : "amber"}): ${count(node.missingData.length, "thing", "things")} missing`}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
            <Section
              id="restricted-overdue"
              title="Restricted patients: MoJ contact overdue"
              total={restrictedOverdue.totalCount}
              problem={restrictedOverdue.totalCount > 0}
              summary={` ${restrictedOverdue.totalCount === 1 ? "review has" : "reviews have"} found a restricted patient ready to move on more than a week ago, with no referral to the Ministry of Justice recorded (Appendix 6).`}
              link={{
                href: to("/restricted", { show: "overdue" }),
                text: "See the restricted patients table",
              }}
            >
              {restrictedOverdue.edges.length > 0 ? (
                <ul className="cetr-dashboard-list">
                  {restrictedOverdue.edges.map(({ node }) => (
                    <li key={node.id}>
                      {`${node.person.name} (${node.reference}): was due ${formatCalendarDate(node.mojContactDueOn as string)}`}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
          </ul>
        </>
      )}
    </>
  );
}
