import {
  EMERGENCY_PROTOCOL_QUESTIONS,
  EMERGENCY_PROTOCOL_STEPS,
  londonCalendarDate,
  londonInstant,
  SUPPORT_PREFERENCES,
} from "@cetr/domain";
import { GraphQLRequestError, graphql } from "@cetr/graphql";
import {
  Button,
  DateInput,
  type DatePart,
  Link,
  Notice,
  RadioGroup,
  TextArea,
  TextField,
} from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { readDateParts } from "../lib/date-of-birth";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import type { Route } from "./+types/person-emergency-new";

/**
 * Records a Local Area Emergency Protocol meeting (issue 8 item 5, Appendix
 * 4): called by the lead commissioner when someone may be admitted and there
 * is no time for a community C(E)TR. The page says plainly that it is not a
 * review, walks Figure 12's steps with §45.2.1's questions, and asks for the
 * support agreed from §45.2.2's preference list.
 */

const NewMeetingPage = graphql(`
  query ConsoleEmergencyNew($id: ID!) {
    person(id: $id) { id name dateOfBirth }
    viewer { memberships { organisation { id name } } }
  }
`);

const RecordMeeting = graphql(`
  mutation ConsoleRecordEmergencyMeeting($input: RecordEmergencyMeetingInput!) {
    recordEmergencyMeeting(input: $input) {
      emergencyMeeting { id }
      errors { field code message }
    }
  }
`);

type Field =
  | "heldOn"
  | "heldAtTime"
  | "organisationId"
  | "attendees"
  | "situation"
  | `answers.${string}`
  | "supportAgreed"
  | "supportReason"
  | "admissionAvoided"
  | "outcome";

const FIELDS: readonly Field[] = [
  "heldOn",
  "heldAtTime",
  "organisationId",
  "attendees",
  "situation",
  ...EMERGENCY_PROTOCOL_QUESTIONS.map((q) => `answers.${q.id}` as const),
  "supportAgreed",
  "supportReason",
  "admissionAvoided",
  "outcome",
];

/** §45.2.1's questions under the step of Figure 12 they serve, so the form follows the meeting. */
const QUESTIONS_BY_STEP: Record<number, readonly string[]> = {
  2: ["PEN_PICTURE", "VIEWS", "HEALTH"],
  3: ["RISKS", "ADMISSION_REASON", "ADMISSION_OUTCOMES", "ADMISSION_IMPACT"],
  4: ["WORKING_WELL", "TREATMENT", "COMMUNITY_SETTING", "COMMUNITY_SUPPORT", "EXTRA_SUPPORT"],
  5: ["RESOURCES", "FAMILY_SUPPORT", "ADVOCACY"],
};

const fieldId = (field: Field) => field.replace(".", "-");

/** The console's words where the API's are generic ("Fill this in"). */
const REQUIRED_WORDS: Partial<Record<Field, string>> = {
  attendees: "Enter who was at the meeting, one person on each line",
  situation: "Describe the current situation",
  outcome: "Enter the support plan agreed and who will follow it up",
  supportAgreed: "Choose the support that was agreed",
};

async function loadPage(request: Request, id: string) {
  const api = await requireApi(request);
  const page = await api.request(NewMeetingPage, { id });
  if (!page.person)
    throw data("There is no person with this ID that you can reach", { status: 404 });
  const organisations = [
    ...new Map(page.viewer.memberships.map((m) => [m.organisation.id, m.organisation])).values(),
  ];
  return { api, person: page.person, organisations };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { person, organisations } = await loadPage(request, params.id);
  return { person, organisations, today: londonCalendarDate(new Date()) };
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

export async function action({ request, params }: Route.ActionArgs) {
  const { api, person, organisations } = await loadPage(request, params.id);
  const posted = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of posted) if (typeof value === "string") values[key] = value;
  const errors: Partial<Record<Field, string>> = {};
  let invalidDateParts: DatePart[] = [];
  const date = readDateParts(
    {
      day: values["heldOn-day"] ?? "",
      month: values["heldOn-month"] ?? "",
      year: values["heldOn-year"] ?? "",
    },
    "The date of the meeting",
  );
  if (date.kind === "empty") {
    errors.heldOn = "Enter the date of the meeting";
    invalidDateParts = ["day", "month", "year"];
  } else if (date.kind === "incomplete") {
    errors.heldOn = date.message;
    invalidDateParts = date.parts;
  }
  const time = TIME.exec((values.heldAtTime ?? "").trim());
  if (!time) errors.heldAtTime = "Enter the time the meeting started, for example 16:30";
  const organisationId =
    organisations.length === 1 ? (organisations[0]?.id ?? "") : (values.organisationId ?? "");
  const formErrors: string[] = [];
  if (organisations.length === 0)
    formErrors.push("Only staff of an organisation can record an emergency protocol meeting");
  else if (!organisationId) errors.organisationId = "Choose the organisation that convened it";
  if (!["yes", "no"].includes(values.admissionAvoided ?? ""))
    errors.admissionAvoided = "Say whether admission to hospital was avoided";
  const refused = (status: number, unavailable = false) =>
    data({ values, errors, invalidDateParts, formErrors, unavailable }, { status });
  if (Object.keys(errors).length > 0 || formErrors.length > 0 || date.kind !== "date" || !time)
    return refused(400);

  let result: {
    emergencyMeeting: { id: string } | null;
    errors: { field: string; code: string; message: string }[];
  };
  try {
    result = (
      await api.request(RecordMeeting, {
        input: {
          personId: person.id,
          organisationId,
          heldAt: londonInstant(
            date.value as never,
            Number(time[1]),
            Number(time[2]),
          ).toISOString(),
          attendees: (values.attendees ?? "").split(/\r?\n/),
          situation: values.situation ?? "",
          answers: EMERGENCY_PROTOCOL_QUESTIONS.map((q) => ({
            questionId: q.id,
            answer: values[`answers-${q.id}`] ?? "",
          })),
          supportAgreed: (values.supportAgreed || null) as never,
          supportReason: values.supportReason ?? "",
          admissionAvoided: values.admissionAvoided === "yes",
          outcome: values.outcome ?? "",
        },
      })
    ).recordEmergencyMeeting;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return refused(503, true);
  }
  if (result.emergencyMeeting && result.errors.length === 0)
    throw redirect(`/emergency-meetings/${encodeURIComponent(result.emergencyMeeting.id)}`, 303);
  for (const error of result.errors) {
    const field = error.field === "heldAt" ? "heldOn" : error.field.replace(/\.\d+$/, "");
    if ((FIELDS as readonly string[]).includes(field))
      errors[field as Field] ??=
        (error.code === "REQUIRED" && REQUIRED_WORDS[field as Field]) || error.message;
    else formErrors.push(error.message);
  }
  return refused(400);
}

export default function PersonEmergencyNew({ loaderData, actionData }: Route.ComponentProps) {
  const { person, organisations, today } = loaderData;
  const values: Record<string, string> = actionData?.values ?? {};
  const errors: Partial<Record<Field, string>> = actionData?.errors ?? {};
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(FIELDS, errors, fieldId),
  };
  const [year, month, day] = today.split("-");
  const heading = `Record an emergency protocol meeting for ${person.name}`;
  const question = (id: string) => {
    const q = EMERGENCY_PROTOCOL_QUESTIONS.find((x) => x.id === id);
    return q ? (
      <TextArea
        key={id}
        id={`answers-${id}`}
        label={q.text}
        rows={3}
        defaultValue={values[`answers-${id}`] ?? ""}
        errorMessage={errors[`answers.${id}`]}
      />
    ) : null;
  };
  const step = (n: number) => (
    <h2 className="cetr-heading-m" id={`step-${n}`}>
      {`Step ${n}: ${EMERGENCY_PROTOCOL_STEPS[n - 1]}`}
    </h2>
  );
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={`/people/${encodeURIComponent(person.id)}`} variant="back">
        {`Back to ${person.name}`}
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not record the meeting"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, you cannot record this meeting"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <Notice title="This is not a review" variant="info">
        <p>
          A Local Area Emergency Protocol meeting (Appendix 4) is for when someone may be admitted
          to hospital and there is no time to hold a community C(E)TR. Do not call it a CTR or a
          CETR. If they are admitted afterwards, a full review is due within 2 weeks for a child or
          young person and 4 weeks for an adult (§45.2.3).
        </p>
      </Notice>
      <Form method="post" noValidate>
        <h2 className="cetr-heading-l">The meeting</h2>
        <DateInput
          id="heldOn"
          name="heldOn"
          legend="Date of the meeting"
          hint={`For example, ${Number(day)} ${Number(month)} ${year}`}
          defaultValue={{
            day: values["heldOn-day"] ?? "",
            month: values["heldOn-month"] ?? "",
            year: values["heldOn-year"] ?? "",
          }}
          errorMessage={errors.heldOn}
          invalidParts={actionData?.invalidDateParts ?? []}
        />
        <TextField
          id="heldAtTime"
          name="heldAtTime"
          label="Time it started"
          hint="On the 24-hour clock, for example 16:30"
          defaultValue={values.heldAtTime ?? ""}
          isInvalid={Boolean(errors.heldAtTime)}
          errorMessage={errors.heldAtTime}
        />
        {organisations.length > 1 ? (
          <RadioGroup
            id="organisationId"
            name="organisationId"
            legend="Which organisation convened it?"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={values.organisationId}
            isInvalid={Boolean(errors.organisationId)}
            errorMessage={errors.organisationId}
          />
        ) : null}
        <TextArea
          id="attendees"
          name="attendees"
          label="Who was there"
          hint={`One person on each line, with their role. Make every effort to include ${person.name}, or their advocate, and their family.`}
          rows={5}
          defaultValue={values.attendees ?? ""}
          errorMessage={errors.attendees}
        />
        {step(1)}
        <TextArea
          id="situation"
          name="situation"
          label="The current situation"
          rows={4}
          defaultValue={values.situation ?? ""}
          errorMessage={errors.situation}
        />
        {[2, 3, 4, 5].map((n) => (
          <section key={n} aria-labelledby={`step-${n}`}>
            {step(n)}
            {QUESTIONS_BY_STEP[n]?.map(question)}
          </section>
        ))}
        {step(6)}
        <RadioGroup
          id="supportAgreed"
          name="supportAgreed"
          legend="What support was agreed?"
          hint="Consider them in this order (§45.2.2). Out of area placements should be avoided at all costs."
          options={SUPPORT_PREFERENCES.map((p) => ({
            value: p.id,
            label: p.rank ? `Preference ${p.rank}: ${p.text}` : p.text,
          }))}
          defaultValue={values.supportAgreed}
          isInvalid={Boolean(errors.supportAgreed)}
          errorMessage={errors.supportAgreed}
        />
        <TextArea
          id="supportReason"
          name="supportReason"
          label="Why was support at home not possible? (not needed if it was)"
          hint="For out of area: the commissioner's approval, and the clinical need or risk that justifies it."
          rows={3}
          defaultValue={values.supportReason ?? ""}
          errorMessage={errors.supportReason}
        />
        <RadioGroup
          id="admissionAvoided"
          name="admissionAvoided"
          legend="Was admission to hospital avoided?"
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          isInline
          defaultValue={values.admissionAvoided}
          isInvalid={Boolean(errors.admissionAvoided)}
          errorMessage={errors.admissionAvoided}
        />
        <TextArea
          id="outcome"
          name="outcome"
          label="The support plan agreed, and who will follow it up"
          hint="Names and roles, and what each will do by when. Update their care plan and risk assessment (or EHC plan) afterwards."
          rows={5}
          defaultValue={values.outcome ?? ""}
          errorMessage={errors.outcome}
        />
        <Button type="submit">Record the meeting</Button>
      </Form>
    </div>
  );
}
