import {
  type CalendarDate,
  compareCalendarDates,
  type FieldError,
  londonCalendarDate,
  parseCalendarDate,
} from "@cetr/domain";

/**
 * Input checks shared by this folder's mutations. Each returns the cleaned
 * value or pushes a field-addressed error: bad input is never thrown.
 */

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 5000;

/** A calendar date as the database stores it (midnight UTC of the day). */
export const dbDate = (date: CalendarDate): Date => new Date(`${date}T00:00:00Z`);
/** A stored @db.Date back to "YYYY-MM-DD". */
export const calendarDate = (date: Date): CalendarDate =>
  date.toISOString().slice(0, 10) as CalendarDate;

/** Required free text: trimmed, not empty, not too long. */
export function requiredText(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  max = MAX_LONG_TEXT,
): string {
  const text = value?.trim() ?? "";
  if (!text) errors.push({ field, code: "REQUIRED", message: "Fill this in" });
  else if (text.length > max)
    errors.push({ field, code: "TOO_LONG", message: `Keep this to ${max} characters or fewer` });
  return text;
}

/** Optional free text: trimmed; empty becomes null. */
export function optionalText(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  max = MAX_LONG_TEXT,
): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max)
    errors.push({ field, code: "TOO_LONG", message: `Keep this to ${max} characters or fewer` });
  return text || null;
}

/**
 * A "YYYY-MM-DD" string. A string rather than the Date scalar in inputs so
 * that a bad date is a field error, not a request error (as createPerson).
 */
export function optionalDate(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  opts: { notAfter?: Date } = {},
): CalendarDate | null {
  if (value == null || value.trim() === "") return null;
  const date = parseCalendarDate(value.trim());
  if (!date) {
    errors.push({ field, code: "DATE_INVALID", message: 'Give a real date written "YYYY-MM-DD"' });
    return null;
  }
  if (opts.notAfter && compareCalendarDates(date, londonCalendarDate(opts.notAfter)) > 0) {
    errors.push({ field, code: "DATE_IN_FUTURE", message: "This date is after today" });
    return null;
  }
  return date;
}

export function requiredDate(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  opts: { notAfter?: Date } = {},
): CalendarDate | null {
  if (value == null || value.trim() === "") {
    errors.push({ field, code: "REQUIRED", message: "Give a date" });
    return null;
  }
  return optionalDate(errors, field, value, opts);
}

/** An ISO 8601 instant with a time zone, not in the future. */
export function requiredInstant(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  now: Date,
): Date | null {
  if (value == null || value.trim() === "") {
    errors.push({ field, code: "REQUIRED", message: "Give the date and time" });
    return null;
  }
  // A time zone is required: "16:30" alone is ambiguous across BST.
  const text = value.trim();
  const parsed = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? new Date(text) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    errors.push({
      field,
      code: "DATE_INVALID",
      message: 'Give an ISO 8601 date and time with a time zone, e.g. "2026-11-11T16:30:00Z"',
    });
    return null;
  }
  if (parsed.getTime() > now.getTime()) {
    errors.push({ field, code: "DATE_IN_FUTURE", message: "This is after now" });
    return null;
  }
  return parsed;
}

/** The field error for a refused ID argument (a guard's NOT_FOUND or FORBIDDEN). */
export function idError(field: string, code: "NOT_FOUND" | "FORBIDDEN", what: string): FieldError {
  return code === "NOT_FOUND"
    ? { field, code, message: `There is no ${what} with this ID that you can reach` }
    : { field, code, message: `You can see this ${what} but you cannot make this change` };
}
