import { Link, Notice, Tag } from "@cetr/ui";
import { reviewDueLine } from "../lib/due-reviews";
import { SummaryList } from "../lib/fields";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { REVIEW_KIND_LABELS, REVIEW_STATUS_LABELS } from "../lib/person-labels";
import reviewStyles from "../lib/review.css?url";
import { type LoadedReview, loadReview } from "../lib/review.server";
import { MOVE_LABELS, REVIEW_FORMAT_LABELS } from "../lib/review-labels";
import { BlockerList, reviewName, reviewPath } from "../lib/review-ui";
import type { Route } from "./+types/review";

/**
 * A review's own page (issue 8 item 4): who it is about, when and where,
 * where it is in its life and what stops it moving on (each reason with its
 * §), and the stages of running it, each a page of its own.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { review, profileName } = await loadReview(request, params.id);
  const done = new URL(request.url).searchParams.get("done");
  return { review, profileName, moved: done === "moved" };
}

function panelStatus(review: LoadedReview) {
  const seats = review.panel.length;
  if (review.panelBreaches.length === 0)
    return { text: `Ready: ${seats} members`, colour: "green" as const };
  const n = review.panelBreaches.length;
  return { text: `${n} ${n === 1 ? "problem" : "problems"} to put right`, colour: "red" as const };
}

function invitationStatus(review: LoadedReview) {
  const all = review.invitations;
  if (all.length === 0) return { text: "Not started", colour: "grey" as const };
  const replied = all.filter((i) => i.response !== "PENDING").length;
  return {
    text: `${all.length} invited, ${replied} replied`,
    colour: replied === all.length ? ("green" as const) : ("blue" as const),
  };
}

function consentStatus(review: LoadedReview) {
  if (review.consentProblems.length === 0)
    return { text: "Basis recorded", colour: "green" as const };
  return { text: "No valid basis yet", colour: "red" as const };
}

export default function ReviewPage({ loaderData }: Route.ComponentProps) {
  const { review, profileName, moved } = loaderData;
  const name = reviewName(review);
  const when = review.heldOn ?? review.scheduledOn;
  const stages = [
    { page: "panel", label: "Build the panel", status: panelStatus(review) },
    { page: "invitations", label: "Invite people", status: invitationStatus(review) },
    {
      page: "consent",
      label: "Record consent or a best-interests decision",
      status: consentStatus(review),
    },
    {
      page: "status",
      label: review.transitions.some((t) => t.to === "HELD")
        ? "Mark as held"
        : "Move the review on",
      status: {
        text: REVIEW_STATUS_LABELS[review.status] ?? review.status,
        colour: "blue" as const,
      },
    },
  ];
  const after = [
    { page: "enquiry", label: "Lines of enquiry and findings" },
    { page: "summary", label: "The four-question summary" },
    { page: "actions", label: "SMART actions" },
    { page: "escalations", label: "Concerns escalated" },
    { page: "report", label: "The report" },
    { page: "quality", label: "Quality standards (Appendix 1)" },
  ];
  return (
    <>
      <title>{pageTitle(name)}</title>
      <p>
        <Link href={`/people/${encodeURIComponent(review.person.id)}`} variant="back">
          Back to {review.person.name}
        </Link>
      </p>
      {moved ? (
        <Notice title="Saved" variant="success" role="status">
          <p>The review is now: {REVIEW_STATUS_LABELS[review.status] ?? review.status}.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{name}</h1>
      <p>
        <Tag colour={review.blockers.length ? "yellow" : "blue"}>
          {REVIEW_STATUS_LABELS[review.status] ?? review.status}
        </Tag>
        {review.person.isFictional ? (
          <>
            {" "}
            <Tag colour="grey">Fictional</Tag>
          </>
        ) : null}
      </p>
      <SummaryList
        rows={[
          {
            key: "Who it is about",
            value: (
              <Link href={`/people/${encodeURIComponent(review.person.id)}`}>
                {review.person.name}
                {review.person.preferredName && review.person.preferredName !== review.person.name
                  ? ` (known as ${review.person.preferredName})`
                  : ""}
              </Link>
            ),
          },
          { key: "Which review", value: REVIEW_KIND_LABELS[review.kind] ?? review.kind },
          { key: "Timescales followed", value: profileName },
          {
            key: review.heldOn ? "Held on" : "Date",
            value: when ? formatCalendarDate(when) : "No date yet",
          },
          {
            key: "How people meet",
            value: review.format
              ? (REVIEW_FORMAT_LABELS[review.format] ?? review.format)
              : "Not decided",
          },
          { key: "Where", value: review.venue ?? "Not decided" },
          { key: "Convened by", value: review.commissioningOrganisation.name },
          { key: "Due", value: reviewDueLine(review, review.person.dueReviews) },
          ...(review.reportDueOn
            ? [
                {
                  key: "Report due",
                  value: `${formatCalendarDate(review.reportDueOn)}: to everyone within 2 weeks of the review (§7.2.18)`,
                },
              ]
            : []),
          ...(review.request
            ? [{ key: "Asked for", value: "Convened in answer to a request for a review" }]
            : []),
          ...(review.closedReason ? [{ key: "Why it ended", value: review.closedReason }] : []),
        ]}
      />

      <h2 className="cetr-heading-l">What stops it moving on</h2>
      {review.nextState === null ? (
        <p>The review has ended: nothing more moves it on.</p>
      ) : review.blockers.length === 0 ? (
        <p>Nothing. It can move on to: {MOVE_LABELS[review.nextState] ?? review.nextState}.</p>
      ) : (
        <>
          <p>
            Before it can move on to “
            {(MOVE_LABELS[review.nextState] ?? review.nextState).split(":")[0]}”:
          </p>
          <BlockerList blockers={review.blockers} />
        </>
      )}

      <h2 className="cetr-heading-l">Running the review</h2>
      <ol className="cetr-task-list">
        {stages.map((stage) => (
          <li key={stage.page} className="cetr-task-list__item">
            <span className="cetr-task-list__name">
              <Link
                href={reviewPath(review.id, stage.page)}
                aria-describedby={`stage-${stage.page}`}
              >
                {stage.label}
              </Link>
            </span>
            <span id={`stage-${stage.page}`}>
              <Tag colour={stage.status.colour}>{stage.status.text}</Tag>
            </span>
          </li>
        ))}
      </ol>
      <h2 className="cetr-heading-l">During and after the review</h2>
      <ul className="cetr-list-plain">
        {after.map((item) => (
          <li key={item.page}>
            <Link href={reviewPath(review.id, item.page)}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
