import { GraphQLRequestError } from "@cetr/graphql";
import type { DatePart } from "@cetr/ui";
import { data } from "react-router";
import { readDateParts } from "./date-of-birth";
import type { ApiError } from "./register-errors";

/**
 * The form helpers of every page of a review (setting it up, running the
 * meeting, after it): reading a post, calling the API, and putting its
 * errors back on the form. One set, so every page keeps what was typed and
 * says the same when the API cannot be reached.
 */

/**
 * The refused post of one of the forms on a review's pages: which form (its
 * intent, and which panel seat, invitation or decision it was about), what
 * was typed, and what was wrong. Every page keeps the typed values and shows
 * them again: nothing someone entered is lost on an error.
 */
export interface Refusal {
  intent: string;
  /** Which row's form it was: a panel seat, an invitation or a consent decision. */
  target: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formErrors: string[];
  invalidParts: Partial<Record<string, DatePart[]>>;
  unavailable: boolean;
}

export type { ApiError };

/** Every posted text value, by name (a field missing from the post reads as ""). */
export function readPosted(posted: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of posted.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/** The same, as a reader: a missing or file field reads as "". */
export function formText(posted: FormData): (key: string) => string {
  const values = readPosted(posted);
  return (key) => values[key] ?? "";
}

/** Lines of a textarea, one item each, blank lines dropped. */
export const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * A three-field date the form calls `name`, as "YYYY-MM-DD". An empty date is
 * null (each form decides whether that is allowed); a part missing or not a
 * number is an error here, because the API only ever sees the joined string.
 */
export function readPostedDate(
  values: Record<string, string>,
  name: string,
  label: string,
  refusal: Pick<Refusal, "errors" | "invalidParts">,
): string | null {
  const read = readDateParts(
    {
      day: values[`${name}-day`] ?? "",
      month: values[`${name}-month`] ?? "",
      year: values[`${name}-year`] ?? "",
    },
    label,
  );
  if (read.kind === "incomplete") {
    refusal.errors[name] = read.message;
    refusal.invalidParts[name] = read.parts;
  }
  return read.kind === "date" ? read.value : null;
}

/**
 * The API's errors for a form: by field for the fields the form asks (named
 * as the API names them, or mapped to the form's own names), and the rest,
 * once each, as problems with the form as a whole.
 */
export function splitErrors(
  errors: readonly ApiError[],
  fields: readonly string[] | Readonly<Record<string, string>>,
): { byField: Record<string, string>; formErrors: string[] } {
  const fieldFor = Array.isArray(fields)
    ? Object.fromEntries(fields.map((f) => [f, f]))
    : (fields as Readonly<Record<string, string>>);
  const byField: Record<string, string> = {};
  const formErrors: string[] = [];
  for (const error of errors) {
    const field = fieldFor[error.field];
    if (field) byField[field] ??= error.message;
    else if (!formErrors.includes(error.message)) formErrors.push(error.message);
  }
  return { byField, formErrors };
}

/**
 * Sorts the API's errors onto a refusal: each onto its field when the form
 * asks it (a date's error marks all three parts), the rest to the top.
 */
export function placeApiErrors(
  refusal: Refusal,
  apiErrors: readonly ApiError[],
  fieldFor: Record<string, string>,
  dateFields: readonly string[] = [],
) {
  const { byField, formErrors } = splitErrors(apiErrors, fieldFor);
  for (const [field, message] of Object.entries(byField)) {
    refusal.errors[field] ??= message;
    if (dateFields.includes(field)) refusal.invalidParts[field] = ["day", "month", "year"];
  }
  for (const message of formErrors)
    if (!refusal.formErrors.includes(message)) refusal.formErrors.push(message);
}

export const newRefusal = (
  intent: string,
  target: string,
  values: Record<string, string>,
): Refusal => ({
  intent,
  target,
  values,
  errors: {},
  formErrors: [],
  invalidParts: {},
  unavailable: false,
});

export const hasErrors = (r: Refusal) =>
  Object.keys(r.errors).length > 0 || r.formErrors.length > 0;

/** The refused post back to the page, with the status that says why. */
export const refuse = (refusal: Refusal) =>
  data(refusal, { status: refusal.unavailable ? 503 : 400 });

/**
 * Runs one API call for a form. The API being unreachable is "unavailable":
 * nothing was saved, and the form comes back as typed with a "try again"
 * notice, not an error page. Anything else is a bug and is thrown.
 */
async function reach<T>(
  call: () => Promise<T>,
): Promise<{ unavailable: true } | { unavailable: false; value: T }> {
  try {
    return { unavailable: false, value: await call() };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return { unavailable: true };
  }
}

/** A call for a form with a Refusal: null, and the refusal marked unavailable, when unreachable. */
export async function callApi<T>(refusal: Refusal, call: () => Promise<T>): Promise<T | null> {
  const result = await reach(call);
  if (result.unavailable) {
    refusal.unavailable = true;
    return null;
  }
  return result.value;
}

/** A mutation run for its errors, for the pages that keep their own refusal shape. */
export async function attempt(
  run: () => Promise<readonly ApiError[]>,
): Promise<{ unavailable: true } | { unavailable: false; errors: readonly ApiError[] }> {
  const result = await reach(run);
  return result.unavailable ? result : { unavailable: false, errors: result.value };
}
