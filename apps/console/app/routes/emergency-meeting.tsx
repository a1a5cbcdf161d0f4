import { SUPPORT_PREFERENCES } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import { Link, Notice } from "@cetr/ui";
import { data } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { formatCalendarDate, pageTitle } from "../lib/format";
import type { Route } from "./+types/emergency-meeting";

/**
 * One Local Area Emergency Protocol meeting as recorded (Appendix 4), and
 * what follows from it: if the person was admitted afterwards, the full
 * post-admission review the scheduler now says is due (§45.2.3), with a link
 * to plan it.
 */

const MeetingPage = graphql(`
  query ConsoleEmergencyMeeting($id: ID!) {
    node(id: $id) {
      ... on EmergencyProtocolMeeting {
        id heldAt attendees situation outcome admissionAvoided supportAgreed supportReason
        organisation { name }
        convenedBy { displayName }
        answers { questionId question answer }
        person { id name dueReviews { kind dueOn overdue section } }
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { node } = await api.request(MeetingPage, { id: params.meetingId });
  if (!node || !("situation" in node))
    throw data("There is no meeting with this ID that you can reach", { status: 404 });
  return { meeting: node, person: node.person };
}

const londonTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export default function EmergencyMeeting({ loaderData }: Route.ComponentProps) {
  const { meeting, person } = loaderData;
  const support = SUPPORT_PREFERENCES.find((p) => p.id === meeting.supportAgreed);
  const followOn = person.dueReviews?.find(
    (d) => d.kind === "POST_ADMISSION_REVIEW" && d.section.includes("§45.2.3"),
  );
  const heading = `Emergency protocol meeting for ${person.name}`;
  const answered = meeting.answers.filter((a) => a.answer);
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading)}</title>
      <Link href={`/people/${encodeURIComponent(person.id)}`} variant="back">
        {`Back to ${person.name}`}
      </Link>
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        A Local Area Emergency Protocol meeting (Appendix 4). It is not a C(E)TR and is not counted
        as one.
      </p>
      {followOn ? (
        <Notice
          title={followOn.overdue ? "A full review is overdue" : "A full review is due"}
          variant="warning"
        >
          <p>
            {`${person.name} was admitted after this meeting, so a full post-admission review is due${followOn.dueOn ? ` by ${formatCalendarDate(followOn.dueOn as string)}` : ""} (${followOn.section}).`}
          </p>
          <p>
            <Link href={`/people/${encodeURIComponent(person.id)}/reviews/new?kind=POST_ADMISSION`}>
              Plan the review
            </Link>
          </p>
        </Notice>
      ) : (
        <p>
          {`If ${person.name} is admitted to hospital after this meeting, a full review is due within 2 weeks for a child or young person and 4 weeks for an adult (§45.2.3). It will appear on their page and on the dashboard.`}
        </p>
      )}
      <SummaryList
        rows={[
          { key: "When", value: londonTime.format(new Date(meeting.heldAt as string)) },
          {
            key: "Convened by",
            value: `${meeting.convenedBy.displayName}, ${meeting.organisation.name}`,
          },
          {
            key: "Who was there",
            value: (
              <ul className="cetr-list">
                {meeting.attendees.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ),
          },
          { key: "The situation", value: meeting.situation },
          {
            key: "Support agreed",
            value: support
              ? `${support.rank ? `Preference ${support.rank}: ` : ""}${support.text}`
              : "Not recorded",
          },
          ...(meeting.supportReason
            ? [{ key: "Why not support at home", value: meeting.supportReason }]
            : []),
          { key: "Admission avoided", value: meeting.admissionAvoided ? "Yes" : "No" },
          { key: "Support plan and follow-up", value: meeting.outcome },
        ]}
      />
      <h2 className="cetr-heading-l">What the meeting said (Appendix 4 §45.2.1)</h2>
      {answered.length === 0 ? (
        <p>No answers to the Appendix 4 questions were recorded.</p>
      ) : (
        <SummaryList rows={answered.map((a) => ({ key: a.question, value: a.answer ?? "" }))} />
      )}
      {answered.length < meeting.answers.length ? (
        <details className="cetr-details">
          <summary>{`Questions not answered (${meeting.answers.length - answered.length})`}</summary>
          <ul className="cetr-list">
            {meeting.answers
              .filter((a) => !a.answer)
              .map((a) => (
                <li key={a.questionId}>{a.question}</li>
              ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
