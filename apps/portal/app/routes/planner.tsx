import { Link, Notice, Pictogram } from "@cetr/ui";
import { Ideas } from "../components/Ideas";
import { dateInWords } from "../lib/dates";
import { answerMap, plannerPath, SECTIONS, sectionStatus } from "../lib/planner";
import { loadPlanner, plannerView } from "../lib/planner.server";
import { usePreferences } from "../lib/preferences";
import type { Route } from "./+types/planner";
import {
  PageTitle,
  plannerLinks,
  StatusTag,
  sectionPictures,
  usePlannerText,
} from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadPlanner(request, params.personId);
  return plannerView(page);
}

const howPictures = { order: "planner", together: "family", saved: "yes" } as const;
const afterPictures = {
  findings: "talk",
  report: "report",
  actions: "actions",
  followUp: "calendar",
} as const;

/** The planner's task list: each section and how far along it is, then check and send. */
export default function Planner({ loaderData: view }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { language, register, pictures } = usePreferences();
  const answers = answerMap(view.answers);
  const statuses = SECTIONS.map((s) => ({ section: s, status: sectionStatus(s, answers) }));
  const done = statuses.filter((s) => s.status === "completed").length;
  const showPictures = register === "easyRead" && pictures;
  const title = tx("planner.title");

  return (
    <div className="cetr-readable">
      <PageTitle title={title} />
      <p>
        <Link href="/home" variant="back">
          {tx("common.yourPage")}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="cetr-lead">{tx("planner.lead")}</p>
      <p>{tx("planner.about", { name: view.name })}</p>
      {view.heldReview ? null : (
        <p>
          {view.review?.scheduledOn
            ? tx("planner.nextReview", {
                date: dateInWords(view.review.scheduledOn, language.locale),
              })
            : tx("planner.noReview")}
        </p>
      )}

      {view.mode === "sent" ? (
        <Notice title={tx("planner.sent.title")} variant="success">
          {view.sentAt ? (
            <p>{tx("planner.sent.sentOn", { date: dateInWords(view.sentAt, language.locale) })}</p>
          ) : null}
          <p>
            <Link href={plannerPath(view.personId, "/check")}>{tx("planner.sent.view")}</Link>
          </p>
        </Notice>
      ) : (
        <>
          <Ideas pictures={howPictures} text={(id) => tx(`planner.howItWorks.${id}`)} />
          <h2 id="sections-heading">{tx("planner.sectionsHeading")}</h2>
          <p>{tx("planner.progress", { done, total: SECTIONS.length })}</p>
          <ul className="cetr-task-list" aria-labelledby="sections-heading">
            {statuses.map(({ section, status }) => (
              <li key={section.id} className="cetr-task-list__item">
                <span className="cetr-task-list__name">
                  {showPictures ? <Pictogram name={sectionPictures[section.id]} size={48} /> : null}
                  <a
                    href={plannerPath(view.personId, `/${section.id}`)}
                    aria-describedby={`status-${section.id}`}
                  >
                    {tx(`planner.sections.${section.id}.title`)}
                  </a>
                </span>
                <span id={`status-${section.id}`}>
                  <StatusTag status={status} />
                </span>
              </li>
            ))}
          </ul>
          <h2>{tx("planner.checkHeading")}</h2>
          <p>{tx("planner.checkHint")}</p>
          <p>
            <Link href={plannerPath(view.personId, "/check")} variant="button">
              {tx("planner.checkLink")}
            </Link>
          </p>
        </>
      )}

      {view.heldReview ? (
        <section aria-labelledby="after-heading">
          <h2 id="after-heading">{tx("planner.after.heading")}</h2>
          <Ideas pictures={afterPictures} text={(id) => tx(`planner.after.points.${id}`)} />
          {view.feedback.length > 0 ? (
            <p>{tx("planner.after.feedbackGiven")}</p>
          ) : (
            <p>
              <Link href={plannerPath(view.personId, "/feedback")}>
                {tx("planner.after.feedbackLink")}
              </Link>
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
