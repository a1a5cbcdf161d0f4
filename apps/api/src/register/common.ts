import {
  type CalendarDate,
  compareCalendarDates,
  type FieldError,
  londonCalendarDate,
  parseCalendarDate,
} from "@cetr/domain";
import type { Context } from "../context.js";

/** Helpers shared by this folder's use cases. */

export const ymd = (d: Date): CalendarDate => d.toISOString().slice(0, 10) as CalendarDate;
export const asDate = (d: CalendarDate): Date => new Date(`${d}T00:00:00Z`);
export const today = (ctx: Context): CalendarDate => londonCalendarDate(ctx.now);

/**
 * A date typed by a person: a string, so a bad one is a field error and not
 * a request error. Dates in the future are refused where `notFuture`.
 */
export function readDate(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  ctx: Context,
  { required = true, notFuture = true } = {},
): CalendarDate | null {
  const raw = value?.trim() ?? "";
  if (raw === "") {
    if (required) errors.push({ field, code: "REQUIRED", message: "Enter a date" });
    return null;
  }
  const date = parseCalendarDate(raw);
  if (!date) {
    errors.push({ field, code: "DATE_INVALID", message: 'Enter a real date, "YYYY-MM-DD"' });
    return null;
  }
  if (notFuture && compareCalendarDates(date, today(ctx)) > 0) {
    errors.push({ field, code: "DATE_IN_FUTURE", message: "The date must be today or earlier" });
    return null;
  }
  return date;
}

export function readText(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  { required = true, max = 2000 } = {},
): string | null {
  const text = value?.trim() ?? "";
  if (text === "") {
    if (required) errors.push({ field, code: "REQUIRED", message: "This cannot be blank" });
    return null;
  }
  if (text.length > max) {
    errors.push({ field, code: "TOO_LONG", message: `Keep it to ${max} characters or fewer` });
    return null;
  }
  return text;
}

/** A guard's NOT_FOUND / FORBIDDEN as a field error on the ID argument. */
export function accessError(field: string, code: "NOT_FOUND" | "FORBIDDEN"): FieldError {
  return code === "NOT_FOUND"
    ? { field, code, message: "There is nothing with this ID that you can reach" }
    : { field, code, message: "You can see this record but not change this part of it" };
}

/** Who the change is recorded against: the signed-in user, or the partner client. */
export const actingAsOf = (ctx: Context) =>
  ctx.viewer.kind === "partner" ? `PARTNER:${ctx.viewer.clientId}` : (ctx.access.userId ?? "");
