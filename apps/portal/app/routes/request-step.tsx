import {
  Button,
  Checkboxes,
  DateInput,
  EasyReadList,
  ErrorMessage,
  ErrorSummary,
  Link,
  type PictogramName,
  RadioGroup,
  TextArea,
} from "@cetr/ui";
import type { ReactNode } from "react";
import { data, Form, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { usePageText, usePreferences } from "../lib/preferences";
import type { Route } from "./+types/request-step";
import { checkStep, mergeStep, readDraft, requestAreas, storeDraft } from "./request-form.server";
import {
  type Answers,
  ASKERS,
  CONTACT_METHODS,
  HOSPITAL,
  isStep,
  type PageError,
  type Step,
  stepsFor,
  WORRIES,
} from "./request-form.shared";

/**
 * The request form's question pages, one short page per question (GOV.UK
 * "question pages"). Every post keeps what was typed in the draft cookie,
 * right or wrong, so nothing is lost on an error, on Back or on a reload; the
 * API checks the page's answers and the page shows its errors in the
 * person's words. `?change=1` comes from "check your answers" and goes back there.
 */

function neighbours(answers: Answers, step: Step, changing: boolean) {
  const steps = stepsFor(answers);
  const at = steps.indexOf(step);
  return {
    back: changing ? "/request/check" : at > 0 ? `/request/${steps[at - 1]}` : "/request",
    next: changing || at === steps.length - 1 ? "/request/check" : `/request/${steps[at + 1]}`,
  };
}

async function pageData(request: Request, step: Step, answers: Answers) {
  const changing = new URL(request.url).searchParams.get("change") === "1";
  return {
    step,
    answers,
    changing,
    back: neighbours(answers, step, changing).back,
    areas: step === "area" ? await requestAreas() : [],
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  if (!isStep(params.step)) throw new Response("Not found", { status: 404 });
  const { answers } = readDraft(request);
  // The young person asking for themselves is not asked about themselves twice.
  if (params.step === "you" && answers.asker === "SELF") throw redirect("/request/about");
  return { ...(await pageData(request, params.step, answers)), errors: [] as PageError[] };
}

export async function action({ request, params }: Route.ActionArgs) {
  if (!isStep(params.step)) throw new Response("Not found", { status: 404 });
  const step = params.step;
  const draft = readDraft(request);
  const answers = mergeStep(draft.answers, step, await request.formData());
  const headers = storeDraft(request, { answers });
  const errors = await checkStep(answers, step);
  if (errors.length)
    return data({ ...(await pageData(request, step, answers)), errors }, { status: 400, headers });
  const changing = new URL(request.url).searchParams.get("change") === "1";
  // Someone now asking as a parent carer, advocate or professional has an "about you" page to fill in.
  const needsYou = step === "who" && answers.asker !== "SELF" && !answers.askerName?.trim();
  const next = needsYou ? "/request/you" : neighbours(answers, step, changing).next;
  throw redirect(next, { status: 303, headers });
}

/** In easy read, each question page's hint sits beside a picture of its idea. */
const stepPictures: Record<Step, PictogramName> = {
  who: "handRaised",
  you: "nameBadge",
  about: "person",
  area: "home",
  worry: "worried",
  hospital: "hospital",
  contact: "phone",
  consent: "yes",
};

const consentPictures = {
  who: "team",
  why: "question",
  askThem: "talk",
  no: "care",
} satisfies Record<"who" | "why" | "askThem" | "no", PictogramName>;

export default function RequestStep({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePageText();
  const { register, pictures } = usePreferences();
  const page = actionData ?? loaderData;
  const { step, answers, errors } = page;
  const self = answers.asker === "SELF";
  // Keys come from the server (request-form.server pageError), so they are not literal types here.
  const say = (e: PageError) =>
    (t as unknown as (key: string, values?: object) => string)(e.key, e.values);
  const errorOf = (field: string) => {
    const found = errors.find((e) => e.field === field);
    return found ? say(found) : undefined;
  };
  const prefix = t("common.errorPrefix");
  const title = {
    who: t("request.who.title"),
    you: t("request.you.title"),
    about: self ? t("request.about.titleSelf") : t("request.about.title"),
    area: self ? t("request.area.titleSelf") : t("request.area.title"),
    worry: t("request.worry.title"),
    hospital: self ? t("request.hospital.titleSelf") : t("request.hospital.title"),
    contact: t("request.contact.title"),
    consent: t("request.consent.title"),
  }[step];
  const hint = {
    who: undefined,
    you: undefined,
    about: undefined,
    area: t("request.area.hint"),
    worry: t("request.worry.hint"),
    hospital: t("request.hospital.hint"),
    contact: t("request.contact.hint"),
    consent: undefined,
  }[step];
  const easyRead = register === "easyRead";
  // In easy read the hint becomes an idea with its picture; plain English keeps GOV.UK's hint.
  const pictureHint =
    easyRead && hint ? (
      <EasyReadList
        showPictures={pictures}
        items={[{ id: step, picture: stepPictures[step], children: <p>{hint}</p> }]}
      />
    ) : null;
  // Inside the question's fieldset, after its heading, so the page still starts with the question.
  const fieldHint = pictureHint ?? hint;

  let fields: ReactNode;
  switch (step) {
    case "who":
      fields = (
        <RadioGroup
          id="asker"
          name="asker"
          legend={title}
          isPageHeading
          options={ASKERS.map((value) => ({
            value,
            label: t(`request.who.options.${value}`),
            hint: t(`request.who.hints.${value}`),
          }))}
          defaultValue={answers.asker}
          isInvalid={Boolean(errorOf("asker"))}
          errorMessage={errorOf("asker")}
          errorPrefix={prefix}
        />
      );
      break;
    case "you":
      fields = (
        <>
          <h1>{title}</h1>
          <Text
            id="askerName"
            label={t("request.you.name")}
            value={answers.askerName}
            error={errorOf("askerName")}
            autoComplete="name"
          />
          {answers.asker === "PROFESSIONAL" ? (
            <>
              <Text
                id="askerRole"
                label={t("request.you.role")}
                hint={t("request.you.roleHint")}
                value={answers.askerRole}
                error={errorOf("askerRole")}
                autoComplete="organization-title"
              />
              <Text
                id="askerOrganisation"
                label={t("request.you.organisation")}
                hint={t("request.you.organisationHint")}
                value={answers.askerOrganisation}
                error={errorOf("askerOrganisation")}
                autoComplete="organization"
              />
            </>
          ) : null}
        </>
      );
      break;
    case "about":
      fields = (
        <>
          <h1>{title}</h1>
          <Text
            id="aboutName"
            label={self ? t("request.about.nameSelf") : t("request.about.name")}
            value={answers.aboutName}
            error={errorOf("aboutName")}
            autoComplete={self ? "name" : "off"}
          />
          <DateInput
            id="aboutDateOfBirth"
            name="aboutDateOfBirth"
            legend={self ? t("request.about.dateOfBirthSelf") : t("request.about.dateOfBirth")}
            hint={t("request.about.dateOfBirthHint")}
            defaultValue={answers.aboutDateOfBirth}
            labels={{
              day: t("request.about.day"),
              month: t("request.about.month"),
              year: t("request.about.year"),
            }}
            errorMessage={errorOf("aboutDateOfBirth")}
            errorPrefix={prefix}
            autoCompleteBirthday={self}
          />
          <Text
            id="aboutNhsNumber"
            label={t("request.about.nhsNumber")}
            hint={t("request.about.nhsNumberHint")}
            value={answers.aboutNhsNumber}
            error={errorOf("aboutNhsNumber")}
            width="10"
            inputMode="numeric"
          />
          <Text
            id="aboutWhereTheyLive"
            label={self ? t("request.about.whereSelf") : t("request.about.where")}
            hint={t("request.about.whereHint")}
            value={answers.aboutWhereTheyLive}
            error={errorOf("aboutWhereTheyLive")}
          />
        </>
      );
      break;
    case "area":
      fields =
        page.areas.length === 0 ? (
          <>
            <h1>{title}</h1>
            <p>{t("request.area.none")}</p>
          </>
        ) : (
          <RadioGroup
            id="organisationId"
            name="organisationId"
            legend={title}
            hint={fieldHint}
            isPageHeading
            options={page.areas.map((area) => ({ value: area.id, label: area.name }))}
            defaultValue={answers.organisationId}
            isInvalid={Boolean(errorOf("organisationId"))}
            errorMessage={errorOf("organisationId")}
            errorPrefix={prefix}
          />
        );
      break;
    case "worry":
      fields = (
        <>
          <Checkboxes
            id="worries"
            name="worries"
            legend={title}
            hint={fieldHint}
            options={WORRIES.map((value) => ({
              value,
              label: t(`request.worry.options.${value}`),
            }))}
            checked={answers.worries ?? []}
            errorMessage={errorOf("worries")}
            errorPrefix={prefix}
            isPageHeading
          />
          <TextArea
            id="worryDetail"
            label={t("request.worry.detail")}
            hint={t("request.worry.detailHint")}
            defaultValue={answers.worryDetail}
            errorMessage={errorOf("worryDetail")}
            errorPrefix={prefix}
            rows={6}
          />
        </>
      );
      break;
    case "hospital":
      fields = (
        <RadioGroup
          id="hospitalStatus"
          name="hospitalStatus"
          legend={title}
          hint={fieldHint}
          isPageHeading
          options={HOSPITAL.map((value) => ({
            value,
            label: t(`request.hospital.options.${value}`),
          }))}
          defaultValue={answers.hospitalStatus}
          isInvalid={Boolean(errorOf("hospitalStatus"))}
          errorMessage={errorOf("hospitalStatus")}
          errorPrefix={prefix}
        />
      );
      break;
    case "contact":
      fields = (
        <>
          <h1>{title}</h1>
          {pictureHint ?? <p className="cetr-hint">{hint}</p>}
          <Text
            id="contactEmail"
            label={t("request.contact.email")}
            value={answers.contactEmail}
            error={errorOf("contactEmail")}
            type="email"
            autoComplete="email"
            spellCheck="false"
          />
          <Text
            id="contactPhone"
            label={t("request.contact.phone")}
            hint={t("request.contact.phoneHint")}
            value={answers.contactPhone}
            error={errorOf("contactPhone")}
            type="tel"
            autoComplete="tel"
            width="20"
          />
          <RadioGroup
            id="preferredContact"
            name="preferredContact"
            legend={t("request.contact.preferred")}
            hint={t("request.contact.preferredHint")}
            isInline
            options={CONTACT_METHODS.map((value) => ({
              value,
              label: t(`request.contact.preferredOptions.${value}`),
            }))}
            defaultValue={answers.preferredContact}
            isInvalid={Boolean(errorOf("preferredContact"))}
            errorMessage={errorOf("preferredContact")}
            errorPrefix={prefix}
          />
          <TextArea
            id="communicationNeeds"
            label={t("request.contact.needs")}
            hint={t("request.contact.needsHint")}
            defaultValue={answers.communicationNeeds}
            errorMessage={errorOf("communicationNeeds")}
            errorPrefix={prefix}
            rows={4}
          />
        </>
      );
      break;
    case "consent":
      fields = (
        <>
          <h1>{title}</h1>
          <Ideas pictures={consentPictures} text={(id) => t(`request.consent.points.${id}`)} />
          <Checkboxes
            id="consentToShare"
            name="consentToShare"
            legend={t("request.consent.legend")}
            options={[{ value: "yes", label: t("request.consent.label") }]}
            checked={answers.consentToShare ? ["yes"] : []}
            errorMessage={errorOf("consentToShare")}
            errorPrefix={prefix}
          />
        </>
      );
      break;
  }

  return (
    <div className="cetr-readable">
      <title>{`${errors.length ? `${prefix} ` : ""}${title} – ${t("request.title")} – ${t("common.serviceName")}`}</title>
      <Link href={page.back} variant="back">
        {t("request.back")}
      </Link>
      {errors.length ? (
        <ErrorSummary
          title={t("common.errorSummaryTitle")}
          errors={errors.map((e) => ({ fieldId: e.field, message: say(e) }))}
        />
      ) : null}
      <Form
        key={step}
        method="post"
        action={`/request/${step}${page.changing ? "?change=1" : ""}`}
        noValidate
      >
        {fields}
        <Button type="submit">{t("request.continue")}</Button>
      </Form>
    </div>
  );
}

// ─────────────────────────────── Fields @cetr/ui does not have yet ───────────────────────────────

/**
 * GOV.UK's label, hint and error above a native control; `control` gets the
 * ids and states the control must carry so a screen reader reads all three.
 */
function Field({
  id,
  label,
  hint,
  error,
  control,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  control: (a11y: {
    id: string;
    name: string;
    "aria-describedby": string | undefined;
    "aria-invalid": true | undefined;
  }) => ReactNode;
}) {
  const { t } = usePageText();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`cetr-form-group${error ? " cetr-form-group--error" : ""}`}>
      <label className="cetr-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="cetr-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <ErrorMessage id={`${id}-error`} prefix={t("common.errorPrefix")}>
          {error}
        </ErrorMessage>
      ) : null}
      {control({
        id,
        name: id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

/**
 * A native text input. Native rather than @cetr/ui's React Aria TextField:
 * this page loads the most code of the portal's pages, and a plain input does
 * the same job without JavaScript.
 */
function Text({
  id,
  label,
  hint,
  value,
  error,
  width,
  ...rest
}: {
  id: string;
  label: string;
  hint?: string;
  value: string | undefined;
  error: string | undefined;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  spellCheck?: "false";
  inputMode?: "numeric";
  width?: "20" | "10";
}) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(a11y) => (
        <input
          type="text"
          {...rest}
          {...a11y}
          defaultValue={value ?? ""}
          className={[
            "cetr-input",
            width ? `cetr-input--width-${width}` : null,
            error ? "cetr-input--error" : null,
          ]
            .filter(Boolean)
            .join(" ")}
        />
      )}
    />
  );
}
