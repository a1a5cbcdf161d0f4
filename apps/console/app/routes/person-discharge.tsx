import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, DateInput, Link, Notice, Select, Tag, TextArea, TextField } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import {
  dateParts,
  differenceInWords,
  dueField,
  FAMILY_STATUS_LABELS,
  helpersInWords,
  isStandardStatus,
  itemAnchor,
  itemChanges,
  STAFF_STATUS_LABELS,
  STAFF_STATUSES,
  STANDARD_STATUS_LABELS,
  STANDARD_STATUSES,
  type StaffStatus,
  TRACKER_LABELS,
  type TrackerStatus,
} from "../lib/discharge";
import { errorSummaryItems, FormProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import type { Route } from "./+types/person-discharge";

/**
 * Leaving hospital (Appendix 3, §16) for staff: where each step and item
 * stands, set per step; the ten standards; and beside each item the family's
 * own view from the portal, with every difference said in words.
 */

const DischargePage = graphql(`
  query ConsoleDischarge($id: ID!) {
    person(id: $id) {
      id
      name
      dischargePlans {
        id
        admissionOn
        plannedDischargeOn
        facilitator { displayName }
        steps {
          number
          title
          whoWillHelp
          notes
          trackerStatus
          nextDueOn
          items {
            itemId
            text
            byWhenText
            helpers { role names }
            staffStatus
            dueOn
            familyStatus
            familyNote
            differs
            effectiveDueOn
            trackerStatus
            waitingFor
          }
        }
        standards { number title measuredBy status evidence }
      }
    }
  }
`);

const StartPlan = graphql(`
  mutation ConsoleStartDischargePlan($input: CreateDischargePlanInput!) {
    createDischargePlan(input: $input) { dischargePlan { id } errors { field code message } }
  }
`);
const UpdateItem = graphql(`
  mutation ConsoleUpdateDischargeItem($input: UpdateDischargeItemInput!) {
    updateDischargeItem(input: $input) { dischargePlan { id } errors { field code message } }
  }
`);
const UpdateStep = graphql(`
  mutation ConsoleUpdateDischargeStep($input: UpdateDischargeStepInput!) {
    updateDischargeStep(input: $input) { dischargePlan { id } errors { field code message } }
  }
`);
const UpdateStandard = graphql(`
  mutation ConsoleUpdateDischargeStandard($input: UpdateDischargeStandardInput!) {
    updateDischargeStandard(input: $input) { dischargePlan { id } errors { field code message } }
  }
`);

async function loadPage(request: Request, id: string) {
  const api = await requireApi(request);
  const { person } = await api.request(DischargePage, { id });
  if (!person) throw data("There is no person with this ID that you can reach", { status: 404 });
  return { api, person, plan: person.dischargePlans[0] ?? null };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { person, plan } = await loadPage(request, params.id);
  const saved = new URL(request.url).searchParams.get("saved");
  return { person: { id: person.id, name: person.name }, plan, saved };
}

type Errors = Partial<Record<string, string>>;
type ActionResult = {
  intent: string;
  values: Record<string, string>;
  errors: Errors;
  unavailable: boolean;
  formErrors: string[];
};

const MAX_TEXT = 5000;

export async function action({ request, params }: Route.ActionArgs) {
  const { api, person, plan } = await loadPage(request, params.id);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const values = Object.fromEntries(
    [...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]),
  );
  const base = `/people/${encodeURIComponent(person.id)}/discharge`;
  const refused = (result: Partial<ActionResult>, status: number) =>
    data<ActionResult>(
      { intent, values, errors: {}, unavailable: false, formErrors: [], ...result },
      { status },
    );
  try {
    if (intent === "start") {
      if (plan) throw redirect(base, 303);
      const { createDischargePlan } = await api.request(StartPlan, {
        input: { personId: person.id },
      });
      if (createDischargePlan.errors.length)
        return refused({ formErrors: createDischargePlan.errors.map((e) => e.message) }, 400);
      throw redirect(`${base}?saved=plan`, 303);
    }
    if (!plan) throw data("There is no discharge plan to change", { status: 404 });

    if (intent.startsWith("step-")) {
      const step = plan.steps.find((s) => `step-${s.number}` === intent);
      if (!step) throw data("There is no such step", { status: 404 });
      const { changes, errors } = itemChanges(
        form,
        step.items.map((i) => ({ ...i, dueOn: (i.dueOn as string | null) ?? null })),
      );
      const whoWillHelp = values.whoWillHelp ?? "";
      const notes = values.notes ?? "";
      if (whoWillHelp.length > MAX_TEXT)
        errors.whoWillHelp = `Keep who will help to ${MAX_TEXT} characters or fewer`;
      if (notes.length > MAX_TEXT)
        errors.notes = `Keep the notes to ${MAX_TEXT} characters or fewer`;
      if (Object.keys(errors).length) return refused({ errors }, 400);
      for (const change of changes) {
        const { updateDischargeItem } = await api.request(UpdateItem, {
          input: { planId: plan.id, ...change },
        });
        const [first] = updateDischargeItem.errors;
        // A date the API finds unreal belongs to that item's boxes; nothing after it is saved.
        if (first?.field === "dueOn")
          return refused(
            {
              errors: {
                [dueField(change.itemId)]: `The date agreed for ${change.itemId}: ${first.message}`,
              },
            },
            400,
          );
        if (first)
          return refused({ formErrors: updateDischargeItem.errors.map((e) => e.message) }, 400);
      }
      if (whoWillHelp.trim() !== (step.whoWillHelp ?? "") || notes.trim() !== (step.notes ?? "")) {
        const { updateDischargeStep } = await api.request(UpdateStep, {
          input: {
            planId: plan.id,
            stepNumber: step.number,
            whoWillHelp: whoWillHelp.trim() || null,
            notes: notes.trim() || null,
          },
        });
        if (updateDischargeStep.errors.length)
          return refused({ formErrors: updateDischargeStep.errors.map((e) => e.message) }, 400);
      }
      throw redirect(`${base}?saved=${intent}#${intent}`, 303);
    }

    if (intent === "standards") {
      const errors: Errors = {};
      for (const standard of plan.standards) {
        const evidence = values[`evidence-${standard.number}`] ?? "";
        if (evidence.length > MAX_TEXT)
          errors[`evidence-${standard.number}`] =
            `Keep how standard ${standard.number} is met to ${MAX_TEXT} characters or fewer`;
      }
      if (Object.keys(errors).length) return refused({ errors }, 400);
      for (const standard of plan.standards) {
        const status = values[`standard-${standard.number}`];
        const evidence = (values[`evidence-${standard.number}`] ?? "").trim();
        if (!isStandardStatus(status)) continue;
        if (status === standard.status && evidence === (standard.evidence ?? "")) continue;
        const { updateDischargeStandard } = await api.request(UpdateStandard, {
          input: {
            planId: plan.id,
            standardNumber: standard.number,
            status,
            evidence: evidence || null,
          },
        });
        if (updateDischargeStandard.errors.length)
          return refused({ formErrors: updateDischargeStandard.errors.map((e) => e.message) }, 400);
      }
      throw redirect(`${base}?saved=standards#standards`, 303);
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return refused({ unavailable: true }, 503);
  }
  throw data("Unknown change", { status: 400 });
}

type Plan = NonNullable<Route.ComponentProps["loaderData"]["plan"]>;
type Step = Plan["steps"][number];

const SAVED: Record<string, string> = {
  plan: "The discharge plan has been started, with every Appendix 3 step and standard.",
  standards: "The standards have been saved.",
};

function TrackerTag({ status }: { status: string }) {
  const known = TRACKER_LABELS[status as TrackerStatus] ?? TRACKER_LABELS.NOT_STARTED;
  return <Tag colour={known.colour}>{known.label}</Tag>;
}

export default function PersonDischarge({ loaderData, actionData }: Route.ComponentProps) {
  const { person, plan, saved } = loaderData;
  const failed = actionData ?? null;
  const hasErrors = Boolean(
    failed && (Object.keys(failed.errors).length || failed.formErrors.length || failed.unavailable),
  );
  const heading = `Leaving hospital: ${person.name}`;
  const savedText = saved
    ? (SAVED[saved] ??
      (saved.startsWith("step-") ? `Step ${saved.slice(5)} has been saved.` : null))
    : null;
  const differences = plan?.steps.flatMap((s) => s.items.filter((i) => i.differs)) ?? [];
  return (
    <>
      <title>{pageTitle(heading, hasErrors)}</title>
      <p>
        <Link href={`/people/${encodeURIComponent(person.id)}`} variant="back">
          Back to {person.name}
        </Link>
      </p>
      {failed ? (
        <FormProblems
          unavailable={failed.unavailable}
          unavailableTitle="Sorry, we could not save this"
          unavailableText="The service could not be reached. Nothing more has been saved."
          formErrors={failed.formErrors}
          formErrorsTitle="Sorry, this could not be saved"
          summary={errorSummaryItems(
            Object.keys(failed.errors),
            failed.errors,
            (field) => `${failed.intent}-${field}`,
          )}
        />
      ) : null}
      {savedText && !failed ? (
        <Notice title="Saved" variant="success" role="status">
          <p>{savedText} The family see the change in the portal straight away.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{heading}</h1>
      {plan ? (
        <>
          <p>
            {plan.admissionOn
              ? `Went into hospital on ${formatCalendarDate(plan.admissionOn as string)}. `
              : ""}
            {plan.plannedDischargeOn
              ? `Planned to leave on ${formatCalendarDate(plan.plannedDischargeOn as string)}.`
              : "No date to leave hospital yet."}{" "}
            {plan.facilitator
              ? `Discharge facilitator: ${plan.facilitator.displayName}.`
              : "No discharge facilitator named yet."}
          </p>
          <h2 className="cetr-heading-l">Where the family see it differently</h2>
          {differences.length ? (
            <>
              <p>
                The young person or their family see {differences.length}{" "}
                {differences.length === 1 ? "item" : "items"} differently from the staff record.
                Talk to them about {differences.length === 1 ? "it" : "each one"} (standard 4).
              </p>
              <ul>
                {differences.map((item) => (
                  <li key={item.itemId}>
                    <a href={`#${itemAnchor(item.itemId)}`}>
                      {item.itemId} {item.text}
                    </a>
                    :{" "}
                    {differenceInWords(
                      item.staffStatus as StaffStatus,
                      item.familyStatus as StaffStatus,
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>The family's view matches the staff record wherever they have given one.</p>
          )}
          {plan.steps.map((step) => (
            <StepForm
              key={step.number}
              step={step}
              failed={failed?.intent === `step-${step.number}` ? failed : null}
            />
          ))}
          <StandardsForm
            standards={plan.standards}
            failed={failed?.intent === "standards" ? failed : null}
          />
        </>
      ) : (
        <>
          <p>{person.name} has no discharge plan yet.</p>
          <Form method="post">
            <input type="hidden" name="intent" value="start" />
            <Button type="submit">Start a discharge plan</Button>
          </Form>
        </>
      )}
    </>
  );
}

function StepForm({ step, failed }: { step: Step; failed: ActionResult | null }) {
  const id = `step-${step.number}`;
  const value = (name: string, saved: string | null) =>
    failed ? (failed.values[name] ?? "") : (saved ?? "");
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 className="cetr-heading-l" id={`${id}-heading`}>
        Step {step.number}: {step.title}
      </h2>
      <p>
        Step status: <TrackerTag status={step.trackerStatus} />{" "}
        {step.nextDueOn
          ? `Next date: ${formatCalendarDate(step.nextDueOn as string)}.`
          : "No date yet."}
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value={id} />
        {step.items.map((item) => (
          <div key={item.itemId} id={itemAnchor(item.itemId)} className="cetr-form-group">
            <Select
              id={`${id}-status-${item.itemId}`}
              name={`status-${item.itemId}`}
              label={`${item.itemId} ${item.text}`}
              hint={`When: ${item.effectiveDueOn ? `by ${formatCalendarDate(item.effectiveDueOn as string)} (${item.byWhenText})` : item.byWhenText}. Tracker: ${TRACKER_LABELS[item.trackerStatus as TrackerStatus]?.label ?? item.trackerStatus}${item.waitingFor.length ? `, waiting for ${item.waitingFor.join(" and ")}` : ""}.`}
              options={STAFF_STATUSES.map((s) => ({ value: s, label: STAFF_STATUS_LABELS[s] }))}
              defaultValue={failed ? failed.values[`status-${item.itemId}`] : item.staffStatus}
            />
            {item.helpers.length ? <p>Who will help: {helpersInWords(item.helpers)}.</p> : null}
            <DateInput
              id={`${id}-${dueField(item.itemId)}`}
              name={dueField(item.itemId)}
              legend={`Date agreed for ${item.itemId} (optional)`}
              hint="For example, 5 12 2026. Leave it empty to use the policy's date, if it has one."
              defaultValue={
                failed
                  ? {
                      day: failed.values[`${dueField(item.itemId)}-day`],
                      month: failed.values[`${dueField(item.itemId)}-month`],
                      year: failed.values[`${dueField(item.itemId)}-year`],
                    }
                  : dateParts((item.dueOn as string | null) ?? null)
              }
              errorMessage={failed?.errors[dueField(item.itemId)]}
            />
            <p>
              {item.familyStatus ? (
                <>
                  Family's view: they think this is{" "}
                  {FAMILY_STATUS_LABELS[item.familyStatus as StaffStatus]}.
                  {item.familyNote ? ` Their note: “${item.familyNote}”` : ""}
                </>
              ) : (
                "Family's view: not given yet."
              )}
            </p>
            {item.differs ? (
              <p>
                <Tag colour="yellow">Different</Tag>{" "}
                {differenceInWords(
                  item.staffStatus as StaffStatus,
                  item.familyStatus as StaffStatus,
                )}
              </p>
            ) : null}
          </div>
        ))}
        <TextField
          id={`${id}-whoWillHelp`}
          name="whoWillHelp"
          label={`Who will help with step ${step.number} (names)`}
          hint="The family see these names instead of the roles in the policy."
          defaultValue={value("whoWillHelp", step.whoWillHelp)}
          errorMessage={failed?.errors.whoWillHelp}
        />
        <TextArea
          id={`${id}-notes`}
          name="notes"
          label={`Notes on step ${step.number} (staff only)`}
          defaultValue={value("notes", step.notes)}
          errorMessage={failed?.errors.notes}
          rows={3}
        />
        <Button type="submit">Save step {step.number}</Button>
      </Form>
    </section>
  );
}

function StandardsForm({
  standards,
  failed,
}: {
  standards: Plan["standards"];
  failed: ActionResult | null;
}) {
  return (
    <section aria-labelledby="standards-heading" id="standards">
      <h2 className="cetr-heading-l" id="standards-heading">
        The ten discharge standards
      </h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="standards" />
        {standards.map((standard) => (
          <fieldset key={standard.number} className="cetr-fieldset">
            <legend className="cetr-fieldset__legend">
              Standard {standard.number}: {standard.title}
            </legend>
            <p className="cetr-hint">Measured by: {standard.measuredBy}</p>
            <Select
              id={`standards-standard-${standard.number}`}
              name={`standard-${standard.number}`}
              label={`Is standard ${standard.number} met?`}
              options={STANDARD_STATUSES.map((s) => ({
                value: s,
                label: STANDARD_STATUS_LABELS[s],
              }))}
              defaultValue={failed ? failed.values[`standard-${standard.number}`] : standard.status}
            />
            <TextArea
              id={`standards-evidence-${standard.number}`}
              name={`evidence-${standard.number}`}
              label={`How standard ${standard.number} is being met`}
              hint="The family read this on their tracker."
              defaultValue={
                failed
                  ? (failed.values[`evidence-${standard.number}`] ?? "")
                  : (standard.evidence ?? "")
              }
              errorMessage={failed?.errors[`evidence-${standard.number}`]}
              rows={2}
            />
          </fieldset>
        ))}
        <Button type="submit">Save the standards</Button>
      </Form>
    </section>
  );
}
