import { Button, Link, Notice } from "@cetr/ui";
import type { ReactNode } from "react";
import { data, Form, redirect } from "react-router";
import { usePageText, usePreferences } from "../lib/preferences";
import type { Route } from "./+types/request-check";
import {
  checkAll,
  pageError,
  readDraft,
  requestAreas,
  sendForm,
  storeDraft,
} from "./request-form.server";
import { type Answers, type PageError, type Step, stepOfField } from "./request-form.shared";

/**
 * Check your answers, then send (GOV.UK pattern): every answer with a Change
 * link back to its page. Sending hands the answers to the API; a refusal
 * shows what to fix with links to the pages, and keeps every answer.
 */

type Problem = PageError & { step: Step | null };

const problemsOf = (answers: Answers, errors: { field: string; code: string }[]): Problem[] =>
  errors.map((e) => ({ ...pageError(e.field, e.code, answers.asker), step: stepOfField(e.field) }));

async function pageData(answers: Answers) {
  const areas = await requestAreas();
  return {
    answers,
    areaName: areas.find((a) => a.id === answers.organisationId)?.name ?? null,
  };
}

export async function loader({ request }: Route.LoaderArgs) {
  const { answers } = readDraft(request);
  if (!answers.asker) throw redirect("/request");
  return {
    ...(await pageData(answers)),
    // Answers missing or wrong (a page skipped, or changed since): shown before anyone presses Send.
    missing: problemsOf(answers, await checkAll(answers)),
    errors: [] as Problem[],
    tooMany: null as number | null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { answers } = readDraft(request);
  if (!answers.asker) throw redirect("/request");
  const form = await request.formData();
  const outcome = await sendForm(request, answers, String(form.get("website") ?? ""));
  if (outcome.kind === "sent") {
    const { areaName } = await pageData(answers);
    // The answers are forgotten once sent; the confirmation keeps only what it shows.
    const headers = storeDraft(request, {
      answers: {},
      sent: {
        reference: outcome.reference,
        contactBy: outcome.contactBy,
        areaName: areaName ?? "",
        method: answers.preferredContact ?? (answers.contactEmail?.trim() ? "EMAIL" : "PHONE"),
        hospital: answers.hospitalStatus === "IN_HOSPITAL" || answers.hospitalStatus === "AT_RISK",
      },
    });
    throw redirect("/request/sent", { status: 303, headers });
  }
  const base = { ...(await pageData(answers)), missing: [] as Problem[] };
  if (outcome.kind === "tooMany")
    return data(
      { ...base, errors: [] as Problem[], tooMany: outcome.retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
    );
  return data(
    { ...base, errors: problemsOf(answers, outcome.errors), tooMany: null },
    { status: 400 },
  );
}

export default function RequestCheck({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePageText();
  const { language } = usePreferences();
  const page = actionData ?? loaderData;
  const { answers } = page;
  const self = answers.asker === "SELF";
  const title = t("request.check.title");
  const hasError = page.errors.length > 0 || page.tooMany !== null;
  // Keys come from the server (request-form.server pageError), so they are not literal types here.
  const say = (e: PageError) =>
    (t as unknown as (key: string, values?: object) => string)(e.key, e.values);
  const notGiven = t("request.check.notGiven");
  // What people typed keeps its own direction: an email address or phone number inside an Urdu
  // page must not be reordered by the page's right-to-left flow.
  const typed = (value: string | null | undefined) => (value ? <bdi>{value}</bdi> : notGiven);
  const change = (step: Step, what: string) => (
    <a href={`/request/${step}?change=1`}>
      {t("request.check.change")}
      <span className="cetr-visually-hidden"> {what.toLowerCase()}</span>
    </a>
  );
  const row = (label: string, value: ReactNode, step: Step) => ({ label, value, step });
  const dob = answers.aboutDateOfBirth;
  // With only one way to contact given, that is the way (the API decides the same).
  const gave = {
    EMAIL: Boolean(answers.contactEmail?.trim()),
    PHONE: Boolean(answers.contactPhone?.trim()),
  };
  const preferred =
    answers.preferredContact ??
    (gave.EMAIL !== gave.PHONE ? (gave.EMAIL ? "EMAIL" : "PHONE") : null);
  const asker = answers.asker ? t(`request.who.options.${answers.asker}`) : notGiven;
  const sections: { heading: string; rows: ReturnType<typeof row>[] }[] = [
    {
      heading: t("request.check.sections.asker"),
      rows: [
        row(t("request.check.rows.asker"), asker, "who"),
        ...(self ? [] : [row(t("request.check.rows.name"), typed(answers.askerName), "you")]),
        ...(answers.asker === "PROFESSIONAL"
          ? [
              row(t("request.check.rows.role"), typed(answers.askerRole), "you"),
              row(t("request.check.rows.organisation"), typed(answers.askerOrganisation), "you"),
            ]
          : []),
      ],
    },
    {
      heading: t("request.check.sections.about"),
      rows: [
        row(t("request.check.rows.aboutName"), typed(answers.aboutName), "about"),
        row(
          t("request.check.rows.dateOfBirth"),
          dateOfBirth(dob, language.locale) ?? notGiven,
          "about",
        ),
        row(t("request.check.rows.nhsNumber"), typed(answers.aboutNhsNumber), "about"),
        row(t("request.check.rows.where"), typed(answers.aboutWhereTheyLive), "about"),
        row(t("request.check.rows.area"), page.areaName ?? notGiven, "area"),
      ],
    },
    {
      heading: t("request.check.sections.worry"),
      rows: [
        row(
          t("request.check.rows.worries"),
          answers.worries?.length ? (
            <ul className="cetr-list-plain" style={{ margin: 0 }}>
              {answers.worries.map((w) => (
                <li key={w}>{t(`request.worry.options.${w}`)}</li>
              ))}
            </ul>
          ) : (
            notGiven
          ),
          "worry",
        ),
        row(t("request.check.rows.detail"), typed(answers.worryDetail), "worry"),
        row(
          t("request.check.rows.hospital"),
          answers.hospitalStatus
            ? t(`request.hospital.options.${answers.hospitalStatus}`)
            : notGiven,
          "hospital",
        ),
      ],
    },
    {
      heading: t("request.check.sections.contact"),
      rows: [
        row(t("request.check.rows.email"), typed(answers.contactEmail), "contact"),
        row(t("request.check.rows.phone"), typed(answers.contactPhone), "contact"),
        row(
          t("request.check.rows.preferred"),
          preferred ? t(`request.contact.preferredOptions.${preferred}`) : notGiven,
          "contact",
        ),
        row(t("request.check.rows.needs"), answers.communicationNeeds || notGiven, "contact"),
        row(
          t("request.check.rows.consent"),
          answers.consentToShare ? t("request.check.yes") : notGiven,
          "consent",
        ),
      ],
    },
  ];
  const problems = page.errors.length ? page.errors : page.missing;

  return (
    <div className="cetr-readable">
      <title>{`${hasError ? `${t("common.errorPrefix")} ` : ""}${title} – ${t("request.title")} – ${t("common.serviceName")}`}</title>
      <Link href="/request/consent" variant="back">
        {t("request.back")}
      </Link>
      {page.tooMany !== null ? (
        <Notice title={t("request.tooMany.title")} variant="warning" role="status">
          <p>{t("request.tooMany.body")}</p>
          <p>
            {t("request.tooMany.wait", {
              wait:
                page.tooMany >= 60
                  ? t("signIn.tooMany.minutes", { count: Math.ceil(page.tooMany / 60) })
                  : t("signIn.tooMany.seconds", { count: page.tooMany }),
            })}
          </p>
        </Notice>
      ) : null}
      {problems.length ? (
        <ProblemSummary
          isError={page.errors.length > 0}
          title={page.errors.length ? t("common.errorSummaryTitle") : t("request.check.missing")}
          problems={problems.map((p) => ({
            href: p.step ? `/request/${p.step}?change=1` : "#send",
            message: say(p),
          }))}
        />
      ) : null}
      <h1>{title}</h1>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2 className="cetr-heading-m">{section.heading}</h2>
          <dl className="cetr-summary-list">
            {section.rows.map((r) => (
              <div key={r.label} className="cetr-summary-list__row">
                <dt className="cetr-summary-list__key">{r.label}</dt>
                <dd className="cetr-summary-list__value">{r.value}</dd>
                <dd className="cetr-summary-list__actions">{change(r.step, r.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2 id="send">{t("request.check.sendHeading")}</h2>
      <p>{t("request.check.sendText")}</p>
      <Form method="post" action="/request/check">
        <div className="cetr-honeypot" aria-hidden="true">
          <label htmlFor="website">{t("request.check.honeypot")}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <Button type="submit">{t("request.check.send")}</Button>
      </Form>
    </div>
  );
}

/** A real date in words ("13 February 2012"); what was typed, as typed, when it is not one. */
function dateOfBirth(parts: Answers["aboutDateOfBirth"], locale: string): string | null {
  if (!parts || !(parts.day || parts.month || parts.year)) return null;
  const [d, m, y] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real =
    /^\d{4}$/.test(parts.year.trim()) &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d;
  return real
    ? new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(date)
    : `${parts.day} / ${parts.month} / ${parts.year}`;
}

/**
 * The GOV.UK error summary's look, for problems that live on other pages:
 * each links to the page to fix it. Focused on arrival after a failed send.
 */
function ProblemSummary({
  title,
  problems,
  isError,
}: {
  title: string;
  problems: { href: string; message: string }[];
  isError: boolean;
}) {
  return (
    <section
      className="cetr-error-summary"
      aria-labelledby="request-problems-title"
      tabIndex={-1}
      // biome-ignore lint/a11y/noAutofocus: after a failed send, focus goes to what to fix (GOV.UK).
      autoFocus={isError}
    >
      <h2 id="request-problems-title" className="cetr-error-summary__title">
        {title}
      </h2>
      <ul className="cetr-error-summary__list">
        {problems.map((p) => (
          <li key={`${p.href}${p.message}`}>
            <a href={p.href}>{p.message}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
