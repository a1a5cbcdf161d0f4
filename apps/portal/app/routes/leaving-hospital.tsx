import { GraphQLRequestError } from "@cetr/graphql";
import {
  EasyReadList,
  ErrorSummary,
  Link,
  Notice,
  type PictogramName,
  RadioGroup,
  TextArea,
} from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { dateInWords } from "../lib/dates";
import {
  checkFamilyView,
  FAMILY_STATUSES,
  type FamilyViewProblem,
  helpersText,
  leavingPath,
} from "../lib/leaving-hospital";
import {
  type LeavingItem,
  type LeavingStep,
  loadLeavingHospital,
  RecordFamilyView,
} from "../lib/leaving-hospital.server";
import { usePreferences } from "../lib/preferences";
import type { Route } from "./+types/leaving-hospital";
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
  const saved = new URL(request.url).searchParams.get("saved");
  return { page, saved };
}

type Problem = FamilyViewProblem | { field: "save"; message: "leaving.family.errors.notSaved" };
type ActionResult = {
  itemId: string;
  values: { familyStatus: string; familyNote: string };
  problems: Problem[];
};

/** The family say how they see one item: their view, kept beside staff's, never over it. */
export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const { api, page } = await loadLeavingHospital(request, params.personId);
  const itemId = String(form.get("itemId") ?? "");
  const known = page.plan?.steps.some((s) => s.items.some((i) => i.itemId === itemId));
  if (!page.plan || !known) throw data(null, { status: 404 });
  if (!page.canSay) throw data(null, { status: 403 });
  const { familyStatus, familyNote, problems } = checkFamilyView({
    familyStatus: form.get("familyStatus"),
    familyNote: form.get("familyNote"),
  });
  const values = { familyStatus: familyStatus ?? "", familyNote };
  const refused = (found: Problem[], status: number) =>
    data<ActionResult>({ itemId, values, problems: found }, { status });
  if (problems.length || !familyStatus) return refused(problems, 400);
  try {
    const { recordFamilyView } = await api.request(RecordFamilyView, {
      input: { planId: page.plan.id, itemId, familyStatus, familyNote: familyNote.trim() || null },
    });
    if (recordFamilyView.errors.length)
      return refused([{ field: "save", message: "leaving.family.errors.notSaved" }], 503);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return refused([{ field: "save", message: "leaving.family.errors.notSaved" }], 503);
  }
  // Back to the item, with a confirmation: a reload does not post again.
  throw redirect(
    `${leavingPath(page.personId)}?saved=${encodeURIComponent(itemId)}#item-${itemId.replace(".", "-")}`,
    303,
  );
}

const howPictures = {
  steps: "planner",
  staff: "team",
  helpers: "nameBadge",
  yours: "talk",
} as const;
const fieldId = (itemId: string, field: Problem["field"]) =>
  `${field === "familyNote" ? "note" : field === "save" ? "save" : "view"}-${itemId.replace(".", "-")}`;

/** The seven steps, each item with when, who helps, staff's status and the family's own view. */
export default function LeavingHospital({ loaderData, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { language } = usePreferences();
  const { page, saved } = loaderData;
  const title = tx("leaving.title");
  const failed = actionData ?? null;
  const date = (iso: string) => dateInWords(iso, language.locale);
  const datesText = (id: "admitted" | "leaving") => {
    const on = id === "admitted" ? page.plan?.admissionOn : page.plan?.plannedDischargeOn;
    if (on) return tx(`leaving.dates.${id}`, { date: date(on) });
    return tx("leaving.dates.noLeavingDate");
  };

  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={Boolean(failed)} />
      <p>
        <Link href="/home" variant="back">
          {tx("common.yourPage")}
        </Link>
      </p>
      {failed ? (
        <ErrorSummary
          title={tx("common.errorSummaryTitle")}
          errors={failed.problems.map((p) => ({
            fieldId: fieldId(failed.itemId, p.field),
            message: tx(p.message),
          }))}
        />
      ) : null}
      {saved && !failed ? (
        <Notice
          title={tx("leaving.family.saved", { item: itemText(tx, saved) })}
          variant="success"
          role="status"
        >
          <p>{tx("leaving.howItWorks.yours")}</p>
        </Notice>
      ) : null}
      <h1>{title}</h1>
      <p className="cetr-lead">{tx("leaving.lead")}</p>
      <p>{tx("leaving.about", { name: page.name })}</p>
      {page.plan ? (
        <>
          <Ideas pictures={howPictures} text={(id) => tx(`leaving.howItWorks.${id}`)} />
          <Ideas
            pictures={
              (page.plan.admissionOn
                ? { admitted: "hospital", leaving: "home" }
                : { leaving: "home" }) as Record<"admitted" | "leaving", PictogramName>
            }
            text={datesText}
          />
          <p>
            <Link href={leavingPath(page.personId, "/tracker")}>{tx("leaving.tracker.link")}</Link>
          </p>
          {page.plan.steps.map((step) => (
            <Step key={step.number} step={step} failed={failed} canSay={page.canSay} />
          ))}
        </>
      ) : (
        <Notice title={tx("leaving.noPlan.heading")}>
          <p>{tx("leaving.noPlan.body")}</p>
        </Notice>
      )}
    </div>
  );
}

function Step({
  step,
  failed,
  canSay,
}: {
  step: LeavingStep;
  failed: ActionResult | null;
  canSay: boolean;
}) {
  const tx = usePlannerText();
  const { register, pictures } = usePreferences();
  const headingId = `step-${step.number}`;
  const items = step.items.map((item) => ({
    id: item.itemId,
    picture: stepPictures[step.number as keyof typeof stepPictures] ?? "planner",
    children: (
      <Item item={item} failed={failed?.itemId === item.itemId ? failed : null} canSay={canSay} />
    ),
  }));
  return (
    <section className="leaving-step" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {tx("leaving.stepHeading", {
          number: step.number,
          title: tx(`leaving.steps.s${step.number}`),
        })}
      </h2>
      <p className="leaving-step__status">
        <span className="cetr-visually-hidden">{tx("leaving.tracker.stepStatus")}: </span>
        <TrackerTag status={step.status} />
      </p>
      {step.whoWillHelp ? <p>{tx("leaving.whoHelps.step", { names: step.whoWillHelp })}</p> : null}
      {register === "easyRead" ? (
        <EasyReadList showPictures={pictures} items={items} />
      ) : (
        <ul className="leaving-items">
          {items.map((item) => (
            <li key={item.id} className="leaving-item">
              {item.children}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Item({
  item,
  failed,
  canSay,
}: {
  item: LeavingItem;
  failed: ActionResult | null;
  canSay: boolean;
}) {
  const tx = usePlannerText();
  const { language } = usePreferences();
  const when = useWhen();
  const anchor = item.itemId.replace(".", "-");
  const problem = (field: Problem["field"]) => failed?.problems.find((p) => p.field === field);
  const statusProblem = problem("familyStatus");
  const noteProblem = problem("familyNote");
  const saveProblem = problem("save");
  const textId = `item-${anchor}-text`;
  return (
    <div id={`item-${anchor}`}>
      <p id={textId} className="leaving-item__text">
        {itemText(tx, item.itemId)}
      </p>
      <dl className="leaving-item__facts">
        <div>
          <dt>{`${tx("leaving.status.label")}: `}</dt>
          <dd>
            <TrackerTag status={item.status} />
          </dd>
        </div>
        <div>
          <dt>{`${tx("leaving.byWhen.label")}: `}</dt>
          <dd>{when(item)}</dd>
        </div>
        {item.helpers.length ? (
          <div>
            <dt>{`${tx("leaving.whoHelps.label")}: `}</dt>
            <dd>{helpersText(tx, item.helpers, language.locale)}</dd>
          </div>
        ) : null}
      </dl>
      {item.status === "LATE" ? <p>{tx("leaving.late", { when: when(item) })}</p> : null}
      {item.waitingFor.length ? <p>{waitingText(tx, item.waitingFor)}</p> : null}
      {item.familyStatus ? (
        <p>
          {tx(canSay ? "leaving.family.youSaid" : "leaving.family.theySaid", {
            status: tx(`leaving.family.status.${item.familyStatus}`),
          })}
          {item.familyNote ? (
            <>
              <br />
              {tx(canSay ? "leaving.family.yourNote" : "leaving.family.theirNote", {
                note: item.familyNote,
              })}
            </>
          ) : null}
        </p>
      ) : null}
      {item.differs ? (
        <p className="leaving-item__differs">
          {tx(canSay ? "leaving.family.differs" : "leaving.family.theyDiffer")}
        </p>
      ) : null}
      {canSay ? (
        <details open={Boolean(failed)}>
          <summary>
            {tx(item.familyStatus ? "leaving.family.change" : "leaving.family.open")}
            <span className="cetr-visually-hidden">: {itemText(tx, item.itemId)}</span>
          </summary>
          <form method="post" noValidate>
            <input type="hidden" name="itemId" value={item.itemId} />
            <RadioGroup
              id={`view-${anchor}`}
              name="familyStatus"
              legend={tx("leaving.family.legend")}
              options={FAMILY_STATUSES.map((value) => ({
                value,
                label: tx(`leaving.family.status.${value}`),
              }))}
              defaultValue={failed ? failed.values.familyStatus : (item.familyStatus ?? undefined)}
              isInvalid={Boolean(statusProblem)}
              errorMessage={statusProblem ? tx(statusProblem.message) : undefined}
              errorPrefix={tx("common.errorPrefix")}
            />
            <TextArea
              id={`note-${anchor}`}
              name="familyNote"
              label={tx("leaving.family.noteLabel")}
              hint={tx("leaving.family.noteHint")}
              defaultValue={failed ? failed.values.familyNote : (item.familyNote ?? "")}
              errorMessage={noteProblem ? tx(noteProblem.message) : undefined}
              errorPrefix={tx("common.errorPrefix")}
              rows={3}
            />
            {saveProblem ? (
              <p className="cetr-error-message">
                <span className="cetr-visually-hidden">{tx("common.errorPrefix")} </span>
                {tx(saveProblem.message)}
              </p>
            ) : null}
            <button
              id={`save-${anchor}`}
              type="submit"
              className="cetr-button"
              aria-describedby={textId}
            >
              {tx("leaving.family.save")}
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}
