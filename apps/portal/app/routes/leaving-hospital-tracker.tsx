import { Link, Notice, Pictogram, PrintButton, Tag } from "@cetr/ui";
import { dateInWords } from "../lib/dates";
import { leavingPath } from "../lib/leaving-hospital";
import { type LeavingStep, loadLeavingHospital } from "../lib/leaving-hospital.server";
import { usePreferences } from "../lib/preferences";
import type { Route } from "./+types/leaving-hospital-tracker";
import {
  itemText,
  leavingLinks,
  stepPictures,
  TrackerTag,
  useWhen,
  waitingText,
} from "./leaving-hospital-parts";
import { PageTitle, usePlannerText } from "./page-text";

export const links = leavingLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadLeavingHospital(request, params.personId);
  return page;
}

const standardColour = { MET: "green", UNMET: "red", UNKNOWN: "grey" } as const;

/** Every step and item on one printable page, then the ten standards and how each is met. */
export default function LeavingHospitalTracker({ loaderData: page }: Route.ComponentProps) {
  const tx = usePlannerText();
  const title = tx("leaving.trackerTitle");
  const plan = page.plan;
  return (
    <div className="leaving-tracker-page">
      <PageTitle title={title} />
      <p className="cetr-no-print">
        <Link href={leavingPath(page.personId)} variant="back">
          {tx("leaving.tracker.backToPlanner")}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="cetr-lead">{tx("leaving.tracker.lead")}</p>
      <p>{tx("leaving.about", { name: page.name })}</p>
      {plan ? (
        <>
          <p>
            {tx("leaving.tracker.summary", { done: plan.done, total: plan.total })}
            {plan.late ? ` ${tx("leaving.tracker.lateSummary", { count: plan.late })}` : null}
          </p>
          {plan.steps.map((step) => (
            <StepTable key={step.number} step={step} />
          ))}
          <section aria-labelledby="standards-heading">
            <h2 id="standards-heading">{tx("leaving.tracker.standardsHeading")}</h2>
            <p>{tx("leaving.tracker.standardsLead")}</p>
            <ol className="leaving-items">
              {plan.standards.map((standard) => (
                <li key={standard.number} className="leaving-item">
                  <h3>{tx("leaving.tracker.standardHeading", { number: standard.number })}</h3>
                  <p>{tx(`leaving.tracker.standards.n${standard.number}`)}</p>
                  <p>
                    {tx("leaving.tracker.standardStatus.label")}{" "}
                    <Tag colour={standardColour[standard.status]}>
                      {tx(`leaving.tracker.standardStatus.${standard.status}`)}
                    </Tag>
                  </p>
                  <p>
                    {standard.evidence
                      ? tx("leaving.tracker.evidence", { evidence: standard.evidence })
                      : tx("leaving.tracker.noEvidence")}
                  </p>
                </li>
              ))}
            </ol>
          </section>
          <section className="cetr-no-print" aria-labelledby="print-heading">
            <h2 id="print-heading">{tx("leaving.tracker.print.heading")}</h2>
            <p>{tx("leaving.tracker.print.howTo")}</p>
            <PrintButton>{tx("leaving.tracker.print.button")}</PrintButton>
          </section>
        </>
      ) : (
        <Notice title={tx("leaving.noPlan.heading")}>
          <p>{tx("leaving.noPlan.body")}</p>
        </Notice>
      )}
    </div>
  );
}

function StepTable({ step }: { step: LeavingStep }) {
  const tx = usePlannerText();
  const when = useWhen();
  const { register, pictures, language } = usePreferences();
  const headingId = `step-${step.number}`;
  // A finished step has no next date: "No date yet" beside "Done" read as if something were missing.
  const finished = step.status === "DONE" || step.status === "NOT_NEEDED";
  const next = finished
    ? null
    : step.nextDueOn
      ? tx("leaving.tracker.nextDate", { date: dateInWords(step.nextDueOn, language.locale) })
      : tx("leaving.tracker.noNextDate");
  const columns = {
    thing: tx("leaving.tracker.thing"),
    status: tx("leaving.status.label"),
    blocking: tx("leaving.tracker.blocking"),
    when: tx("leaving.byWhen.label"),
  };
  return (
    <section className="leaving-step" aria-labelledby={headingId}>
      <h2 id={headingId} className="leaving-step__heading">
        {register === "easyRead" && pictures ? (
          <Pictogram name={stepPictures[step.number as keyof typeof stepPictures]} size={48} />
        ) : null}
        <span>
          {tx("leaving.stepHeading", {
            number: step.number,
            title: tx(`leaving.steps.s${step.number}`),
          })}
        </span>
      </h2>
      <p className="leaving-step__status">
        {tx("leaving.tracker.stepStatus")}: <TrackerTag status={step.status} />
      </p>
      {next ? <p className="leaving-step__next">{next}</p> : null}
      <table className="leaving-tracker">
        <thead>
          <tr>
            <th scope="col">{columns.thing}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.blocking}</th>
            <th scope="col">{columns.when}</th>
          </tr>
        </thead>
        <tbody>
          {step.items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">{itemText(tx, item.itemId)}</th>
              <td data-label={columns.status}>
                <TrackerTag status={item.status} />
              </td>
              <td data-label={columns.blocking}>
                {item.waitingFor.length
                  ? waitingText(tx, item.waitingFor)
                  : item.status === "LATE"
                    ? tx("leaving.tracker.lateBlocking")
                    : tx("leaving.tracker.nothingBlocking")}
              </td>
              <td data-label={columns.when}>{when(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
