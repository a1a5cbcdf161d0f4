import {
  type CalendarDate,
  compareCalendarDates,
  type ErrorCode,
  type FieldError,
  londonCalendarDate,
  parseCalendarDate,
} from "@cetr/domain";
import type { Context } from "../context.js";

/** Small input helpers shared by this folder's use cases: field errors, dates, text. */

export const fieldError = (field: string, code: ErrorCode, message: string): FieldError => ({
  field,
  code,
  message,
});

/** The field error for an ID argument the guard refused (unknown and unreadable look the same). */
export function idError(field: string, code: "NOT_FOUND" | "FORBIDDEN", what: string): FieldError {
  return code === "NOT_FOUND"
    ? fieldError(field, "NOT_FOUND", `There is no ${what} with this ID that you can reach`)
    : fieldError(field, "FORBIDDEN", `You can see this ${what} but cannot make this change`);
}

/** Free text longer than this is refused, so one field cannot fill the database. */
export const TEXT_MAX = 20_000;

/** Trimmed text; REQUIRED when blank (if required), TOO_LONG beyond the limit. */
export function text(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  { required = true, max = TEXT_MAX, requiredMessage = "Write something here" } = {},
): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") {
    if (required) errors.push(fieldError(field, "REQUIRED", requiredMessage));
    return null;
  }
  if (trimmed.length > max) {
    errors.push(fieldError(field, "TOO_LONG", `Keep this under ${max} characters`));
    return null;
  }
  return trimmed;
}

/** A list of short entries: blanks dropped, each one length-checked ("findings.2"). */
export function textList(errors: FieldError[], field: string, values: readonly string[]): string[] {
  const out: string[] = [];
  values.forEach((value, i) => {
    const t = text(errors, `${field}.${i}`, value, { required: false });
    if (t) out.push(t);
  });
  return out;
}

/**
 * A calendar date given as a string (so a bad date is a field error, not a
 * request error); optionally refused when after today in England.
 */
export function calendarDate(
  errors: FieldError[],
  ctx: Context,
  field: string,
  value: string | null | undefined,
  { notInFuture = false } = {},
): CalendarDate | null {
  if (value == null || value.trim() === "") return null;
  const parsed = parseCalendarDate(value.trim());
  if (!parsed) {
    errors.push(fieldError(field, "DATE_INVALID", 'Give a real date written "YYYY-MM-DD"'));
    return null;
  }
  if (notInFuture && compareCalendarDates(parsed, today(ctx)) > 0) {
    errors.push(fieldError(field, "DATE_IN_FUTURE", "This date cannot be after today"));
    return null;
  }
  return parsed;
}

export const today = (ctx: Context): CalendarDate => londonCalendarDate(ctx.now);

/** A `@db.Date` column value (UTC midnight) for a calendar date. */
export const dbDate = (date: CalendarDate | string): Date => new Date(`${date}T00:00:00Z`);

/** The calendar date stored in a `@db.Date` column. */
export const fromDbDate = (date: Date): CalendarDate =>
  date.toISOString().slice(0, 10) as CalendarDate;

/**
 * Records like updates, escalations and reports name the person who wrote
 * them. A partner client is not a person, so it cannot author them.
 */
export function authorOrError(ctx: Context, errors: FieldError[], field: string): string | null {
  const userId = ctx.access.userId;
  if (!userId)
    errors.push(
      fieldError(
        field,
        "FORBIDDEN",
        "This is recorded in a person's name: sign in as a person to do it",
      ),
    );
  return userId;
}
