import { GraphQLRequestError } from "@cetr/graphql";
import type { DatePart } from "@cetr/ui";
import { data } from "react-router";
import { readDateParts } from "./date-of-birth";
import type { ApiError } from "./register-errors";

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
 * Sorts the API's errors onto the form: each onto its field when the form
 * asks it (a date's error marks all three parts), the rest to the top.
 */
export function placeApiErrors(
  refusal: Refusal,
  apiErrors: readonly ApiError[],
  fieldFor: Record<string, string>,
  dateFields: readonly string[] = [],
) {
  for (const error of apiErrors) {
    const field = fieldFor[error.field];
    if (field) {
      refusal.errors[field] ??= error.message;
      if (dateFields.includes(field)) refusal.invalidParts[field] = ["day", "month", "year"];
    } else if (!refusal.formErrors.includes(error.message)) refusal.formErrors.push(error.message);
  }
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
 * Runs one API call for a form. When the API cannot be reached the form is
 * shown again with everything typed and a "try again" notice, not an error page.
 */
export async function callApi<T>(refusal: Refusal, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    refusal.unavailable = true;
    return null;
  }
}
