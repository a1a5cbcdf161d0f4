import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  ageOn,
  birthday,
  type CalendarDate,
  calendarDateFromParts,
  compareCalendarDates,
  dateFromDayNumber,
  dayNumber,
  dayOfWeek,
  daysBetween,
  londonCalendarDate,
  londonInstant,
  parseCalendarDate,
} from "../src/index.js";

const d = (s: string) => s as CalendarDate;

describe("calendar dates (Europe/London days, not instants)", () => {
  it.each([
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", null],
    ["2023-02-30", null],
    ["2023-13-01", null],
    ["2023-1-01", null],
    ["not a date", null],
    ["2023-12-31", "2023-12-31"],
  ])("parseCalendarDate(%s) → %s", (input, expected) => {
    expect(parseCalendarDate(input)).toBe(expected);
  });

  it.each([
    [2024, 2, 29, "2024-02-29"],
    [2023, 2, 29, null],
    [0, 1, 1, null],
    [2024, 1.5, 1, null],
    [10000, 1, 1, null],
    [987, 6, 5, "0987-06-05"],
  ])("calendarDateFromParts(%i, %i, %i) → %s", (y, m, day, expected) => {
    expect(calendarDateFromParts(y, m, day)).toBe(expected);
  });

  it.each([
    ["2024-03-31T00:30:00Z", "2024-03-31"], // GMT→BST change day
    ["2024-06-30T23:30:00Z", "2024-07-01"], // BST: already the next day in London
    ["2024-12-31T23:59:59Z", "2024-12-31"],
  ])("londonCalendarDate(%s) → %s", (instant, expected) => {
    expect(londonCalendarDate(new Date(instant))).toBe(expected);
  });

  it.each([
    ["2024-01-01", "2024-01-02", -1],
    ["2024-01-02", "2024-01-01", 1],
    ["2024-01-01", "2024-01-01", 0],
  ])("compareCalendarDates(%s, %s) → %i", (a, b, expected) => {
    expect(compareCalendarDates(d(a), d(b))).toBe(expected);
  });

  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-05-15", 12, "2025-05-15"],
    ["2024-03-31", -1, "2024-02-29"],
  ])("addMonths(%s, %i) → %s (clamps to month end, never spills over)", (from, n, expected) => {
    expect(addMonths(d(from), n)).toBe(expected);
  });

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-30", 2, "2024-04-01"],
  ])("addDays(%s, %i) → %s", (from, n, expected) => {
    expect(addDays(d(from), n)).toBe(expected);
  });

  it("day numbers round-trip and count days", () => {
    expect(dayNumber(d("1970-01-01"))).toBe(0);
    expect(dateFromDayNumber(dayNumber(d("2030-12-25")))).toBe("2030-12-25");
    expect(daysBetween(d("2024-01-01"), d("2025-01-01"))).toBe(366);
    expect(dayOfWeek(d("2024-11-22"))).toBe(5);
    expect(dayOfWeek(d("1969-12-28"))).toBe(0);
  });

  it.each([
    ["2006-05-10", "2024-05-09", 17],
    ["2006-05-10", "2024-05-10", 18],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2008-02-29", "2024-02-29", 16],
  ])("ageOn(born %s, on %s) → %i (29 February birthdays fall on 1 March)", (dob, on, age) => {
    expect(ageOn(d(dob), d(on))).toBe(age);
  });

  it("birthday in a leap year keeps 29 February", () => {
    expect(birthday(d("2008-02-29"), 16)).toBe("2024-02-29");
  });
});

describe("londonInstant: a time on England's clocks as an instant", () => {
  it.each<[string, number, number, string, string]>([
    ["2026-01-15", 9, 30, "2026-01-15T09:30:00.000Z", "winter (GMT)"],
    ["2026-07-15", 9, 30, "2026-07-15T08:30:00.000Z", "summer (BST)"],
    ["2026-03-29", 0, 30, "2026-03-29T00:30:00.000Z", "before the clocks go forward"],
    [
      "2026-03-29",
      1,
      30,
      "2026-03-29T01:30:00.000Z",
      "in the hour the clocks skip: read as 02:30 BST",
    ],
    ["2026-03-29", 2, 30, "2026-03-29T01:30:00.000Z", "after the clocks go forward"],
    ["2026-10-25", 0, 30, "2026-10-24T23:30:00.000Z", "before the clocks go back"],
    ["2026-10-25", 1, 30, "2026-10-25T00:30:00.000Z", "the repeated hour: the first (BST) one"],
    ["2026-10-25", 2, 30, "2026-10-25T02:30:00.000Z", "after the clocks go back"],
  ])("%s %i:%i → %s (%s)", (date, h, m, iso) => {
    expect(londonInstant(date as CalendarDate, h, m).toISOString()).toBe(iso);
  });

  it("gives back the same date on England's calendar late in the evening, summer and winter", () => {
    for (const date of ["2026-06-30", "2026-12-31"] as CalendarDate[])
      expect(londonCalendarDate(londonInstant(date, 23, 45))).toBe(date);
  });
});
