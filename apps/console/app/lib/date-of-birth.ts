/**
 * Reads a GOV.UK three-field date. Whether the date is real or in the future
 * is the API's call (one rule, in @cetr/domain); here we only say which part
 * is missing or not a number, which the API cannot know.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePartsResult =
  | { kind: "empty" }
  | { kind: "date"; value: string }
  | { kind: "incomplete"; message: string; parts: Array<keyof DateParts> };

export function readDateParts(parts: DateParts, label: string): DatePartsResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: "empty" };
  const missing = (Object.entries({ day, month, year }) as Array<[keyof DateParts, string]>)
    .filter(([, value]) => !value)
    .map(([part]) => part);
  if (missing.length > 0) {
    return {
      kind: "incomplete",
      message: `${label} must include a ${missing.join(" and a ")}`,
      parts: missing,
    };
  }
  const notNumbers = (Object.entries({ day, month, year }) as Array<[keyof DateParts, string]>)
    .filter(([, value]) => !/^\d+$/.test(value))
    .map(([part]) => part);
  if (notNumbers.length > 0 || year.length !== 4) {
    return {
      kind: "incomplete",
      message: `${label} must be a real date, for example 27 3 2007`,
      parts: notNumbers.length > 0 ? notNumbers : ["year"],
    };
  }
  return { kind: "date", value: `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` };
}
