/**
 * Calendar dates ("YYYY-MM-DD") as the policy means them: days in
 * Europe/London, not instants. Callers pass `now`; nothing here reads the clock.
 */

export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD", rejecting impossible dates such as 2023-02-30. */
export function parseCalendarDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return null;
  }
  return value as CalendarDate;
}

/** Builds a date from parts; null when the parts do not make a real day. */
export function calendarDateFromParts(
  year: number,
  month: number,
  day: number,
): CalendarDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return null;
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return parseCalendarDate(text);
}

const londonDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * Pages ask "which day is it?" hundreds of times for one instant (every
 * action's `isOverdue` in a request shares the request's clock), and
 * Intl formatting is the slow part: the last answer is kept.
 */
let lastInstant = Number.NaN;
let lastDate = "" as CalendarDate;

/** The calendar date in England at the instant `now` (BST-aware). */
export function londonCalendarDate(now: Date): CalendarDate {
  const instant = now.getTime();
  if (instant !== lastInstant) {
    lastDate = londonDate.format(now) as CalendarDate;
    lastInstant = instant;
  }
  return lastDate;
}

const londonClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Minutes England's clocks are ahead of UTC at this instant: 0 (GMT) or 60 (BST). */
function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    londonClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a time on England's clocks names, e.g. a meeting "at 16:30 on
 * 29 March": staff type what the clock on the wall said. Around the changes
 * the clocks skip or repeat an hour: a time in the skipped hour (01:00–01:59
 * on the last Sunday of March) is read an hour later, as the clock would
 * have shown it; a repeated time (01:00–01:59 on the last Sunday of October)
 * is the first, BST, one.
 */
export function londonInstant(date: CalendarDate, hours: number, minutes: number): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hours, minutes);
  // Try the BST reading first (the earlier instant for a repeated hour), then GMT.
  for (const offset of [60, 0]) {
    const instant = wall - offset * 60_000;
    if (londonOffsetMinutes(instant) === offset) return new Date(instant);
  }
  // The skipped hour: neither reading shows this wall time; GMT's reading is the instant after.
  return new Date(wall);
}

/** Negative when a is before b, zero when equal, positive when after. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a calendar date. Arithmetic happens on this
 * integer, never on local-time Date objects, so clock changes cannot shift a day.
 */
export function dayNumber(date: CalendarDate): number {
  return Math.round(
    Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY,
  );
}

/** The calendar date for a day number (inverse of dayNumber). */
export function dateFromDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds calendar months. A day that does not exist in the target month falls
 * back to that month's last day (31 January + 1 month = 28/29 February): a
 * deadline "within a month" must never land in the month after.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const year = +date.slice(0, 4);
  const month = +date.slice(5, 7) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  const d = Math.min(+date.slice(8, 10), daysInMonth(y, m + 1));
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}` as CalendarDate;
}

/**
 * The date someone born on `dateOfBirth` reaches `years`. People born on
 * 29 February reach it on 1 March in common years, as in UK law.
 */
export function birthday(dateOfBirth: CalendarDate, years: number): CalendarDate {
  const y = +dateOfBirth.slice(0, 4) + years;
  const md = dateOfBirth.slice(5);
  if (md === "02-29" && daysInMonth(y, 2) === 28)
    return `${String(y).padStart(4, "0")}-03-01` as CalendarDate;
  return `${String(y).padStart(4, "0")}-${md}` as CalendarDate;
}

/** Age in whole years on a date. */
export function ageOn(dateOfBirth: CalendarDate, date: CalendarDate): number {
  let age = +date.slice(0, 4) - +dateOfBirth.slice(0, 4);
  if (compareCalendarDates(birthday(dateOfBirth, age), date) > 0) age -= 1;
  return age;
}
