import { EasyReadList, Link, type PictogramName, Tag } from "@cetr/ui";
import { actionsPath, reportTiming } from "../lib/actions";
import { dateInWords } from "../lib/dates";
import { usePreferences } from "../lib/preferences";
import { loadReport } from "../lib/report.server";
import type { Route } from "./+types/review-report";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const page = await loadReport(request, params.personId, params.reviewId);
  return { ...page, timing: reportTiming(page.report) };
}

/** The report as its author wrote it: paragraphs where they left blank lines or line breaks. */
function ReportText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim());
  return (
    <div className="planner-answer">
      {paragraphs.map((p, i) => (
        // Paragraphs of one fixed text: their order is their identity.
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

/** The accessible report after a review, when it was due and whether it came on time. */
export default function ReviewReport({ loaderData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { language, register, pictures } = usePreferences();
  const { personId, name, reviewOn, report, timing } = loaderData;
  const date = (iso: string) => dateInWords(iso, language.locale);
  const title = tx("actions.report.title");
  const easyRead = register === "easyRead";

  const facts: { id: string; picture: PictogramName; text: React.ReactNode }[] = [];
  if (reviewOn)
    facts.push({
      id: "review",
      picture: "meeting",
      text: tx("actions.report.reviewOn", { date: date(reviewOn) }),
    });
  if (timing.dueOn)
    facts.push({
      id: "due",
      picture: "calendar",
      text: tx("actions.report.dueOn", { date: date(timing.dueOn) }),
    });
  if (timing.kind === "late")
    facts.push({
      id: "came",
      picture: "clock",
      text: (
        <>
          <Tag colour="red">{tx("actions.tracker.state.late")}</Tag>{" "}
          <strong>
            {tx("actions.report.late", { count: timing.daysLate, date: date(timing.sentOn) })}
          </strong>
        </>
      ),
    });
  if (timing.kind === "onTime")
    facts.push({
      id: "came",
      picture: "yes",
      text: tx("actions.report.onTime", { date: date(timing.sentOn) }),
    });

  const showEasyRead = easyRead && report.easyReadBody;
  return (
    <div className="cetr-readable">
      <PageTitle title={title} />
      <p>
        <Link href="/home" variant="back">
          {tx("common.yourPage")}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="cetr-lead">{tx("actions.report.lead")}</p>
      <p>{tx("actions.report.about", { name })}</p>
      {easyRead ? (
        <EasyReadList
          showPictures={pictures}
          items={facts.map((f) => ({ id: f.id, picture: f.picture, children: <p>{f.text}</p> }))}
        />
      ) : (
        facts.map((f) => <p key={f.id}>{f.text}</p>)
      )}
      <h2>{tx("actions.report.bodyHeading")}</h2>
      {easyRead && !report.easyReadBody ? <p>{tx("actions.report.noEasyRead")}</p> : null}
      <ReportText text={showEasyRead && report.easyReadBody ? report.easyReadBody : report.body} />
      {showEasyRead ? (
        <details className="report-plain-version">
          <summary>{tx("actions.report.plainVersion")}</summary>
          <div>
            <ReportText text={report.body} />
          </div>
        </details>
      ) : null}
      <p>
        <Link href={actionsPath(personId)}>{tx("actions.report.actionsLink")}</Link>
      </p>
    </div>
  );
}
