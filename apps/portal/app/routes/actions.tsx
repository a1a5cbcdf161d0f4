import { EasyReadList, Link, type PictogramName, Tag, VisuallyHidden } from "@cetr/ui";
import type { ReactNode } from "react";
import { type ActionView, actionsByReview, askPath, reportPath } from "../lib/actions";
import { loadActions } from "../lib/actions.server";
import { dateInWords } from "../lib/dates";
import { usePreferences } from "../lib/preferences";
import type { Route } from "./+types/actions";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { personId, name, actions, reportsSent } = await loadActions(request, params.personId);
  return { personId, name, reviews: actionsByReview(actions), reportsSent };
}

const stateColour = { done: "green", notDone: "grey", late: "red", open: "blue" } as const;

/** The family's action tracker: every action from every review, late ones impossible to miss. */
export default function Actions({ loaderData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { language } = usePreferences();
  const { personId, name, reviews, reportsSent } = loaderData;
  const title = tx("actions.tracker.title");
  return (
    <div className="cetr-readable">
      <PageTitle title={title} />
      <p>
        <Link href="/home" variant="back">
          {tx("common.yourPage")}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="cetr-lead">{tx("actions.tracker.lead")}</p>
      <p>{tx("actions.tracker.about", { name })}</p>
      {reviews.length === 0 ? <p>{tx("actions.tracker.none")}</p> : null}
      {reviews.map((review) => {
        const headingId = `review-${review.reviewId}`;
        return (
          <section key={review.reviewId} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {review.reviewOn
                ? tx("actions.tracker.reviewHeading", {
                    date: dateInWords(review.reviewOn, language.locale),
                  })
                : tx("actions.tracker.reviewHeadingNoDate")}
            </h2>
            {reportsSent.includes(review.reviewId) ? (
              <p>
                <Link href={reportPath(personId, review.reviewId)}>
                  {tx("actions.tracker.reportLink")}
                </Link>
              </p>
            ) : null}
            <ul className="cetr-list-plain">
              {review.actions.map((action) => (
                <li key={action.id}>
                  <ActionCard personId={personId} action={action} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ActionCard({ personId, action }: { personId: string; action: ActionView }) {
  const tx = usePlannerText();
  const { language, register, pictures } = usePreferences();
  const date = (iso: string) => dateInWords(iso, language.locale);
  const easyRead = register === "easyRead";
  // The family's words lead; plain English also shows the review's own words below them.
  const heading = action.plainWhat ?? action.what;
  const headingId = `action-${action.id}`;
  const latest = action.latestUpdate
    ? tx("actions.tracker.latestText", {
        date: date(action.latestUpdate.on),
        name: action.latestUpdate.authorName,
        note: action.latestUpdate.note,
      })
    : tx("actions.tracker.noUpdate");
  const outcome =
    action.state === "done" && action.completedOn
      ? tx("actions.tracker.doneOn", { date: date(action.completedOn) })
      : action.state === "notDone" && action.notDoneReason
        ? tx("actions.tracker.notDoneReason", { reason: action.notDoneReason })
        : null;
  const [owner, other] = action.contacts;
  const contact = other
    ? tx("actions.tracker.contactTwo", { name: owner ?? "", other })
    : tx("actions.tracker.contactOne", { name: owner ?? "" });
  const ask = (
    <Link href={askPath(personId, action.id)}>
      {tx("actions.tracker.askLink")}
      <VisuallyHidden>{tx("actions.tracker.askLinkHidden", { what: heading })}</VisuallyHidden>
    </Link>
  );
  const lateText = <strong>{tx("actions.tracker.late", { count: action.daysLate })}</strong>;
  const late =
    action.state === "late" ? (
      <div className="cetr-inset-text actions-late">
        {easyRead ? (
          <EasyReadList
            showPictures={pictures}
            items={[
              { id: "late", picture: "clock", children: <p>{lateText}</p> },
              { id: "contact", picture: "phone", children: <p>{contact}</p> },
            ]}
          />
        ) : (
          <>
            <p>{lateText}</p>
            <p>{contact}</p>
          </>
        )}
      </div>
    ) : null;

  const rows: { id: string; picture: PictogramName; label: string; value: ReactNode }[] = [
    { id: "who", picture: "person", label: tx("actions.tracker.who"), value: action.ownerName },
    {
      id: "when",
      picture: "calendar",
      label: tx("actions.tracker.when"),
      value: date(action.dueOn),
    },
    { id: "how", picture: "yes", label: tx("actions.tracker.how"), value: action.howWeWillKnow },
    { id: "latest", picture: "letter", label: tx("actions.tracker.latest"), value: latest },
  ];

  return (
    <article className="cetr-card actions-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="cetr-card__title">
        {heading}
      </h3>
      <p>
        <Tag colour={stateColour[action.state]}>{tx(`actions.tracker.state.${action.state}`)}</Tag>
      </p>
      {!easyRead && action.plainWhat ? (
        <p>{tx("actions.tracker.staffWords", { what: action.what })}</p>
      ) : null}
      {late}
      {outcome ? <p>{outcome}</p> : null}
      {easyRead ? (
        <EasyReadList
          showPictures={pictures}
          items={rows.map((row) => ({
            id: row.id,
            picture: row.picture,
            children: (
              <>
                <p>
                  <strong>{row.label}</strong>
                </p>
                <p>{row.value}</p>
              </>
            ),
          }))}
        />
      ) : (
        <dl className="cetr-summary-list">
          {rows.map((row) => (
            <div key={row.id} className="cetr-summary-list__row">
              <dt className="cetr-summary-list__key">{row.label}</dt>
              <dd className="cetr-summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {action.questions.length > 0 ? (
        <>
          <h4>{tx("actions.tracker.questionsHeading")}</h4>
          <ul className="cetr-list-plain">
            {action.questions.map((q) => (
              <li key={q.id} className="planner-answer">
                <p>{tx("actions.tracker.askedOn", { date: date(q.askedOn), name: q.askedBy })}</p>
                <p>{q.question}</p>
                <p>
                  {q.answer
                    ? tx("actions.tracker.answered", {
                        name: q.answer.by,
                        date: date(q.answer.on),
                        answer: q.answer.text,
                      })
                    : tx("actions.tracker.waiting")}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{ask}</p>
    </article>
  );
}
