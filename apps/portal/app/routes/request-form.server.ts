import { deflateRawSync, inflateRawSync } from "node:zlib";
import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { env } from "../env.server";
import { anonymousApi, apiFor, retryAfterSeconds } from "../lib/api.server";
import { readSessionToken } from "../lib/session.server";
import {
  type Answers,
  ASKERS,
  type Asker,
  CONTACT_METHODS,
  FIELDS_OF,
  HOSPITAL,
  MAX_LENGTH,
  type PageError,
  type Sent,
  type Step,
  stepsFor,
  WORRIES,
} from "./request-form.shared";

/**
 * The request form's server side: the answers kept between pages, and the
 * API calls that check and send them. Every rule lives in the API; this only
 * keeps what was typed and turns the API's error codes into the person's words.
 */

// ─────────────────────────────── The draft, kept in cookies ───────────────────────────────

/**
 * Answers live in httpOnly cookies scoped to /request, so the form works with
 * JavaScript off and nothing typed is lost going back, on an error, or on
 * reloading. Compressed and split into chunks under the 4 KB a browser keeps
 * per cookie, so even long answers fit. Not signed: they are the person's own
 * words on their own device, and the API checks every one again when they are
 * sent (ADR 0016). They last a day, then the browser forgets them.
 */
const COOKIE = "cetr_portal_request";
const CHUNK = 3600;
const MAX_CHUNKS = 5;
const MAX_AGE_SECONDS = 24 * 60 * 60;

export interface Draft {
  answers: Answers;
  /** Once sent: only what the confirmation page shows (the answers themselves are dropped). */
  sent?: Sent;
}

function cookieValues(request: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

export function readDraft(request: Request): Draft {
  const cookies = cookieValues(request);
  let joined = "";
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const chunk = cookies.get(`${COOKIE}_${i}`);
    if (!chunk) break;
    joined += chunk;
  }
  if (!joined) return { answers: {} };
  try {
    const parsed = JSON.parse(inflateRawSync(Buffer.from(joined, "base64url")).toString("utf8"));
    return parsed && typeof parsed === "object" && parsed.answers
      ? (parsed as Draft)
      : { answers: {} };
  } catch {
    // A damaged cookie is a fresh start, not a broken page.
    return { answers: {} };
  }
}

function secureFor(request: Request): boolean {
  if (env.COOKIE_SECURE !== "auto") return env.COOKIE_SECURE === "true";
  return env.NODE_ENV === "production" || new URL(request.url).protocol === "https:";
}

function setCookie(request: Request, name: string, value: string, maxAge: number): string {
  return [
    `${name}=${value}`,
    "Path=/request",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secureFor(request) ? ["Secure"] : []),
  ].join("; ");
}

/** Set-Cookie headers that store the draft (and drop chunks it no longer needs). */
export function storeDraft(request: Request, draft: Draft): Headers {
  const encoded = deflateRawSync(Buffer.from(JSON.stringify(draft), "utf8")).toString("base64url");
  const chunks: string[] = [];
  for (let i = 0; i < encoded.length; i += CHUNK) chunks.push(encoded.slice(i, i + CHUNK));
  if (chunks.length > MAX_CHUNKS)
    throw new Error("The request form's answers are too long to keep");
  const headers = new Headers();
  const existing = cookieValues(request);
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const name = `${COOKIE}_${i}`;
    const chunk = chunks[i];
    if (chunk) headers.append("Set-Cookie", setCookie(request, name, chunk, MAX_AGE_SECONDS));
    else if (existing.has(name)) headers.append("Set-Cookie", setCookie(request, name, "", 0));
  }
  return headers;
}

// ─────────────────────────────── Reading a page's answers ───────────────────────────────

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const oneOf = <T extends string>(values: readonly T[], raw: FormDataEntryValue | null) =>
  values.find((v) => v === raw);

/** The answers a page posted, merged over the draft: only that page's fields change. */
export function mergeStep(answers: Answers, step: Step, form: FormData): Answers {
  const next: Answers = { ...answers };
  switch (step) {
    case "who":
      next.asker = oneOf(ASKERS, form.get("asker"));
      break;
    case "you":
      next.askerName = text(form, "askerName");
      if (answers.asker === "PROFESSIONAL") {
        next.askerRole = text(form, "askerRole");
        next.askerOrganisation = text(form, "askerOrganisation");
      }
      break;
    case "about":
      next.aboutName = text(form, "aboutName");
      next.aboutDateOfBirth = {
        day: text(form, "aboutDateOfBirth-day"),
        month: text(form, "aboutDateOfBirth-month"),
        year: text(form, "aboutDateOfBirth-year"),
      };
      next.aboutNhsNumber = text(form, "aboutNhsNumber");
      next.aboutWhereTheyLive = text(form, "aboutWhereTheyLive");
      break;
    case "area":
      next.organisationId = text(form, "organisationId") || undefined;
      break;
    case "worry":
      next.worries = form
        .getAll("worries")
        .map((raw) => oneOf(WORRIES, raw))
        .filter((w) => w !== undefined);
      next.worryDetail = text(form, "worryDetail");
      break;
    case "hospital":
      next.hospitalStatus = oneOf(HOSPITAL, form.get("hospitalStatus"));
      break;
    case "contact":
      next.contactEmail = text(form, "contactEmail");
      next.contactPhone = text(form, "contactPhone");
      next.preferredContact = oneOf(CONTACT_METHODS, form.get("preferredContact"));
      next.communicationNeeds = text(form, "communicationNeeds");
      break;
    case "consent":
      next.consentToShare = form.get("consentToShare") === "yes";
      break;
  }
  // A young person asking for themselves has no separate name, role or workplace.
  if (next.asker === "SELF") {
    delete next.askerName;
    delete next.askerRole;
    delete next.askerOrganisation;
  } else if (next.asker !== "PROFESSIONAL") {
    delete next.askerRole;
    delete next.askerOrganisation;
  }
  return next;
}

/** "3", "4", "2010" → "2010-04-03"; anything partly filled in stays wrong so the API says so. */
function dateOf(parts: Answers["aboutDateOfBirth"]): string | null {
  if (!parts) return null;
  const { day, month, year } = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  if (!day && !month && !year) return null;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return "invalid";
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const orNull = (value: string | undefined) => (value?.trim() ? value : null);

export function apiInput(answers: Answers, website: string | null = null) {
  return {
    organisationId: answers.organisationId ?? null,
    asker: answers.asker ?? null,
    askerName: orNull(answers.askerName),
    askerRole: orNull(answers.askerRole),
    askerOrganisation: orNull(answers.askerOrganisation),
    aboutName: orNull(answers.aboutName),
    aboutDateOfBirth: dateOf(answers.aboutDateOfBirth),
    aboutNhsNumber: orNull(answers.aboutNhsNumber),
    aboutWhereTheyLive: orNull(answers.aboutWhereTheyLive),
    worries: answers.worries ?? [],
    worryDetail: orNull(answers.worryDetail),
    hospitalStatus: answers.hospitalStatus ?? null,
    consentToShare: answers.consentToShare ?? null,
    contactEmail: orNull(answers.contactEmail),
    contactPhone: orNull(answers.contactPhone),
    preferredContact: answers.preferredContact ?? null,
    communicationNeeds: orNull(answers.communicationNeeds),
    website: orNull(website ?? undefined),
  };
}

// ─────────────────────────────── The API ───────────────────────────────

const RequestAreas = graphql(`
  query PortalRequestAreas { requestAreas { id name } }
`);

const CheckRequestForm = graphql(`
  query PortalCheckRequestForm($input: SendReviewRequestFormInput!) {
    checkReviewRequestForm(input: $input) { field code }
  }
`);

const SendRequestForm = graphql(`
  mutation PortalSendRequestForm($input: SendReviewRequestFormInput!) {
    sendReviewRequestForm(input: $input) { reference contactBy errors { field code } }
  }
`);

export async function requestAreas(): Promise<{ id: string; name: string }[]> {
  return (await anonymousApi.request(RequestAreas)).requestAreas;
}

/** The API's errors for one page's questions, in words for this person. */
export async function checkStep(answers: Answers, step: Step): Promise<PageError[]> {
  const { checkReviewRequestForm } = await anonymousApi.request(CheckRequestForm, {
    input: apiInput(answers),
  });
  const fields = FIELDS_OF[step];
  return checkReviewRequestForm
    .filter((e) => fields.includes(e.field))
    .sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field))
    .map((e) => pageError(e.field, e.code, answers.asker));
}

/** Every problem left with the whole form, for "check your answers". */
export async function checkAll(answers: Answers): Promise<{ field: string; code: string }[]> {
  const { checkReviewRequestForm } = await anonymousApi.request(CheckRequestForm, {
    input: apiInput(answers),
  });
  return checkReviewRequestForm;
}

export type SendOutcome =
  | { kind: "sent"; reference: string; contactBy: string }
  | { kind: "errors"; errors: { field: string; code: string }[] }
  | { kind: "tooMany"; retryAfterSeconds: number };

/**
 * Sends the form as the signed-in person when there is one (the API then
 * records who sent it), otherwise anonymously; a session that has ended
 * simply sends anonymously rather than losing the answers to a sign-in page.
 */
export async function sendForm(
  request: Request,
  answers: Answers,
  website: string | null,
): Promise<SendOutcome> {
  const token = await readSessionToken(request);
  const input = apiInput(answers, website);
  const attempt = (client: typeof anonymousApi) => client.request(SendRequestForm, { input });
  try {
    let result: Awaited<ReturnType<typeof attempt>>;
    try {
      result = await attempt(token ? apiFor(token) : anonymousApi);
    } catch (error) {
      if (token && error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED")
        result = await attempt(anonymousApi);
      else throw error;
    }
    const payload = result.sendReviewRequestForm;
    if (payload.reference && payload.contactBy)
      return { kind: "sent", reference: payload.reference, contactBy: payload.contactBy };
    return { kind: "errors", errors: payload.errors };
  } catch (error) {
    const seconds = retryAfterSeconds(error);
    if (seconds !== null) return { kind: "tooMany", retryAfterSeconds: seconds };
    throw error;
  }
}

// ─────────────────────────────── Error codes in words ───────────────────────────────

/** The i18n key (under request.errors) for an API error on a field. */
export function pageError(field: string, code: string, asker: Asker | undefined): PageError {
  const self = asker === "SELF";
  const key = (name: string, values?: PageError["values"]): PageError => ({
    field,
    key: `request.errors.${name}`,
    values,
  });
  if (code === "TOO_LONG") return key("textTooLong", { max: MAX_LENGTH[field] ?? 200 });
  switch (`${field}:${code}`) {
    case "asker:REQUIRED":
      return key("askerRequired");
    case "askerName:REQUIRED":
      return key("nameRequired");
    case "askerRole:REQUIRED":
      return key("roleRequired");
    case "askerOrganisation:REQUIRED":
      return key("organisationRequired");
    case "aboutName:REQUIRED":
      return key(self ? "aboutNameRequiredSelf" : "aboutNameRequired");
    case "aboutDateOfBirth:REQUIRED":
      return key("dateOfBirthRequired");
    case "aboutDateOfBirth:DATE_INVALID":
      return key("dateOfBirthInvalid");
    case "aboutDateOfBirth:DATE_IN_FUTURE":
      return key("dateOfBirthFuture");
    case "aboutDateOfBirth:DATE_TOO_EARLY":
      return key("dateOfBirthTooEarly");
    case "aboutNhsNumber:NHS_NUMBER_FORMAT":
      return key("nhsNumberFormat");
    case "aboutNhsNumber:NHS_NUMBER_CHECK_DIGIT":
      return key("nhsNumberCheck");
    case "organisationId:REQUIRED":
    case "organisationId:INVALID_CHOICE":
      return key(self ? "areaRequiredSelf" : "areaRequired");
    case "worries:REQUIRED":
      return key("worriesRequired");
    case "worryDetail:REQUIRED":
      return key("detailRequired");
    case "hospitalStatus:REQUIRED":
      return key("hospitalRequired");
    case "contactEmail:CONTACT_REQUIRED":
      return key("contactRequired");
    case "contactEmail:EMAIL_FORMAT":
      return key("emailFormat");
    case "contactEmail:REQUIRED":
      return key("emailRequiredPreferred");
    case "contactPhone:PHONE_FORMAT":
      return key("phoneFormat");
    case "contactPhone:REQUIRED":
      return key("phoneRequiredPreferred");
    case "preferredContact:REQUIRED":
      return key("preferredRequired");
    case "consentToShare:CONSENT_MISSING":
      return key("consentRequired");
    case "website:AUTOMATED_SUBMISSION":
      return key("honeypot");
    default:
      return key("problem");
  }
}

/** The first page with an unanswered or wrong question, in the person's order. */
export function firstStepWithError(answers: Answers, fields: readonly string[]): Step | null {
  return stepsFor(answers).find((step) => FIELDS_OF[step].some((f) => fields.includes(f))) ?? null;
}
