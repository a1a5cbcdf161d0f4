import {
  BANK_HOLIDAYS_FIRST_YEAR,
  BANK_HOLIDAYS_LAST_YEAR,
  ENGLAND_AND_WALES_BANK_HOLIDAY_DATES,
} from "./bank-holidays-data.js";
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDateFromParts,
  dateFromDayNumber,
  dayNumber,
  dayOfWeek,
} from "./calendar-date.js";

/** Easter Sunday (Gregorian, anonymous algorithm) — Good Friday and Easter Monday hang off it. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDateFromParts(year, month, day) as CalendarDate;
}

function firstMonday(year: number, month: number): CalendarDate {
  const first = calendarDateFromParts(year, month, 1) as CalendarDate;
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): CalendarDate {
  const lastDay = addDays(addMonths(calendarDateFromParts(year, month, 1) as CalendarDate, 1), -1);
  return addDays(lastDay, -((dayOfWeek(lastDay) + 6) % 7));
}

/**
 * The standing England and Wales rules (Banking and Financial Dealings Act
 * 1971 plus royal proclamations for the May and August Mondays), with
 * substitute weekdays when a fixed day falls at a weekend. One-off days are
 * not predictable, so this is only the fallback outside the bundled years.
 */
export function ruleBasedBankHolidays(year: number): CalendarDate[] {
  const easter = easterSunday(year);
  const days: CalendarDate[] = [];
  const newYear = calendarDateFromParts(year, 1, 1) as CalendarDate;
  const nyDow = dayOfWeek(newYear);
  days.push(nyDow === 6 ? addDays(newYear, 2) : nyDow === 0 ? addDays(newYear, 1) : newYear);
  days.push(addDays(easter, -2), addDays(easter, 1));
  days.push(firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8));
  const christmas = calendarDateFromParts(year, 12, 25) as CalendarDate;
  const xDow = dayOfWeek(christmas);
  if (xDow === 5) days.push(christmas, addDays(christmas, 3));
  else if (xDow === 6) days.push(addDays(christmas, 2), addDays(christmas, 3));
  else if (xDow === 0) days.push(addDays(christmas, 1), addDays(christmas, 2));
  else days.push(christmas, addDays(christmas, 1));
  return days.sort();
}

/** A set of holiday dates; pass your own to model another calendar. */
export type HolidayCalendar = ReadonlySet<string>;

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: HolidayCalendar = new Set(
  ENGLAND_AND_WALES_BANK_HOLIDAY_DATES,
);

const fallbackCache = new Map<number, ReadonlySet<string>>();

/**
 * Whether a date is an England and Wales bank holiday. Outside the bundled
 * years the standing rules are used, so a deadline years ahead is still
 * computed rather than silently counting a Christmas Day as a working day.
 */
export function isBankHoliday(
  date: CalendarDate,
  holidays: HolidayCalendar = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): boolean {
  if (holidays !== ENGLAND_AND_WALES_BANK_HOLIDAYS) return holidays.has(date);
  const year = +date.slice(0, 4);
  if (year >= BANK_HOLIDAYS_FIRST_YEAR && year <= BANK_HOLIDAYS_LAST_YEAR)
    return holidays.has(date);
  let set = fallbackCache.get(year);
  if (!set) {
    set = new Set(ruleBasedBankHolidays(year));
    fallbackCache.set(year, set);
  }
  return set.has(date);
}

/** Monday to Friday and not a bank holiday. */
export function isWorkingDay(date: CalendarDate, holidays?: HolidayCalendar): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !isBankHoliday(date, holidays);
}

/**
 * The date `count` working days after `date`. The start day is day zero, as
 * in "within 5 working days of admission": a Friday admission is due by the
 * next Friday, and a bank holiday in between pushes it to the Monday.
 */
export function addWorkingDays(
  date: CalendarDate,
  count: number,
  holidays?: HolidayCalendar,
): CalendarDate {
  let day = dayNumber(date);
  let remaining = count;
  while (remaining > 0) {
    day += 1;
    if (isWorkingDay(dateFromDayNumber(day), holidays)) remaining -= 1;
  }
  return dateFromDayNumber(day);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  holidays?: HolidayCalendar,
): number {
  let n = 0;
  for (let d = dayNumber(from) + 1; d <= dayNumber(to); d++) {
    if (isWorkingDay(dateFromDayNumber(d), holidays)) n += 1;
  }
  return n;
}
