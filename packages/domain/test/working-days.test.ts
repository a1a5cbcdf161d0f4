import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  BANK_HOLIDAYS_FIRST_YEAR,
  BANK_HOLIDAYS_LAST_YEAR,
  type CalendarDate,
  ENGLAND_AND_WALES_BANK_HOLIDAY_DATES,
  easterSunday,
  isBankHoliday,
  isWorkingDay,
  ruleBasedBankHolidays,
  workingDaysBetween,
} from "../src/index.js";

const d = (s: string) => s as CalendarDate;

// Days moved or added by proclamation; the standing rules cannot predict them.
const ONE_OFF_ADDED = ["2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"];
const ONE_OFF_REMOVED = ["2020-05-04", "2022-05-30"];

describe("England and Wales bank holidays (bundled GOV.UK data)", () => {
  it.each([
    ["2022-06-03", "Platinum Jubilee"],
    ["2022-09-19", "State funeral of Queen Elizabeth II"],
    ["2023-05-08", "Coronation of King Charles III"],
    ["2020-05-08", "VE Day (early May moved)"],
    ["2022-01-03", "New Year substitute (1 January a Saturday)"],
    ["2022-12-27", "Christmas substitute (25 December a Sunday)"],
    ["2020-12-28", "Boxing Day substitute (26 December a Saturday)"],
    ["2027-12-28", "Boxing Day substitute (Christmas a Saturday)"],
  ])("%s is a bank holiday: %s", (date) => {
    expect(isBankHoliday(d(date))).toBe(true);
    expect(isWorkingDay(d(date))).toBe(false);
  });

  it.each(ONE_OFF_REMOVED)("%s was moved and is a working day", (date) => {
    expect(isBankHoliday(d(date))).toBe(false);
  });

  it("bundled data equals the standing rules apart from the one-off days", () => {
    const bundled = new Set(ENGLAND_AND_WALES_BANK_HOLIDAY_DATES);
    const ruled = new Set<string>();
    for (let y = BANK_HOLIDAYS_FIRST_YEAR; y <= BANK_HOLIDAYS_LAST_YEAR; y++)
      for (const h of ruleBasedBankHolidays(y)) ruled.add(h);
    const onlyBundled = [...bundled].filter((x) => !ruled.has(x)).sort();
    const onlyRuled = [...ruled].filter((x) => !bundled.has(x)).sort();
    expect(onlyBundled).toEqual(ONE_OFF_ADDED);
    expect(onlyRuled).toEqual(ONE_OFF_REMOVED);
  });

  it("every bundled date is sorted, unique and a weekday", () => {
    const list = [...ENGLAND_AND_WALES_BANK_HOLIDAY_DATES];
    expect(list).toEqual([...new Set(list)].sort());
    for (const h of list) expect(isWorkingDay(d(h), new Set())).toBe(true);
  });

  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2038, "2038-04-25"],
  ])("Easter Sunday %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("outside the bundled years falls back to the standing rules", () => {
    expect(isBankHoliday(d("2031-12-25"))).toBe(true);
    expect(isBankHoliday(d("2031-12-24"))).toBe(false);
    expect(isBankHoliday(d("2017-12-26"))).toBe(true);
    // cached second lookup
    expect(isBankHoliday(d("2031-12-26"))).toBe(true);
  });

  it("a custom holiday calendar is honoured as given", () => {
    expect(isBankHoliday(d("2024-12-25"), new Set(["2024-12-24"]))).toBe(false);
    expect(isBankHoliday(d("2024-12-24"), new Set(["2024-12-24"]))).toBe(true);
  });
});

describe("working days (§18 'working days' skip weekends and bank holidays)", () => {
  it.each([
    ["2024-11-22", 5, "2024-11-29", "Friday + 5 → next Friday"],
    ["2024-11-23", 1, "2024-11-25", "Saturday + 1 → Monday"],
    ["2024-12-20", 6, "2025-01-02", "over Christmas, Boxing Day and New Year"],
    ["2022-06-01", 1, "2022-06-06", "over the Platinum Jubilee"],
    ["2022-09-16", 1, "2022-09-20", "over the state funeral"],
    ["2023-05-05", 1, "2023-05-09", "over the Coronation"],
    ["2024-03-28", 1, "2024-04-02", "over Easter"],
    ["2024-11-22", 0, "2024-11-22", "zero working days is the same day"],
    ["2024-01-02", 14, "2024-01-22", "§18 routine first response: 14 working days"],
  ])("addWorkingDays(%s, %i) → %s (%s)", (from, n, expected) => {
    expect(addWorkingDays(d(from), n)).toBe(expected);
  });

  it.each([
    ["2024-11-22", "2024-11-29", 5],
    ["2024-12-20", "2025-01-02", 6],
    ["2024-11-29", "2024-11-22", 0],
  ])("workingDaysBetween(%s, %s) → %i", (a, b, n) => {
    expect(workingDaysBetween(d(a), d(b))).toBe(n);
  });
});
