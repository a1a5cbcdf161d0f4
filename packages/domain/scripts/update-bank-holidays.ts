/**
 * Regenerates src/bank-holidays-data.ts from a copy of GOV.UK's
 * bank-holidays.json that you downloaded yourself (this script never
 * fetches anything: production networks here are locked down, and the data
 * should be reviewed in a pull request like any other policy change).
 *
 *   curl -o /tmp/bank-holidays.json https://www.gov.uk/bank-holidays.json
 *   pnpm --filter @cetr/domain bank-holidays:update /tmp/bank-holidays.json
 *
 * Years in the download replace the bundled ones; bundled years the download
 * does not cover are kept, so rule-based future years survive until GOV.UK
 * publishes them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENGLAND_AND_WALES_BANK_HOLIDAY_DATES } from "../src/bank-holidays-data.js";
import { parseCalendarDate } from "../src/calendar-date.js";

interface GovUkFeed {
  "england-and-wales"?: { division?: string; events?: { title?: string; date?: string }[] };
}

/** Validates the feed and merges it with the bundled dates, year by year. */
export function mergeGovUkBankHolidays(feed: unknown, existing: readonly string[]): string[] {
  const division = (feed as GovUkFeed)?.["england-and-wales"];
  if (!division || !Array.isArray(division.events))
    throw new Error('Not a GOV.UK bank-holidays.json: no "england-and-wales".events');
  const fresh = division.events.map((e, i) => {
    const date = typeof e?.date === "string" ? parseCalendarDate(e.date) : null;
    if (!date)
      throw new Error(`england-and-wales event ${i} has no valid date: ${JSON.stringify(e)}`);
    return date as string;
  });
  if (fresh.length === 0) throw new Error("The download has no england-and-wales events");
  const freshYears = new Set(fresh.map((d) => d.slice(0, 4)));
  const kept = existing.filter((d) => !freshYears.has(d.slice(0, 4)));
  return [...new Set([...kept, ...fresh])].sort();
}

/** The TypeScript module text for a list of dates. */
export function renderBankHolidayModule(dates: readonly string[]): string {
  const first = dates[0]?.slice(0, 4);
  const last = dates[dates.length - 1]?.slice(0, 4);
  return `/**
 * England and Wales bank holidays, from GOV.UK's bank-holidays.json
 * ("england-and-wales" division), ${first}–${last}, including substitute days and
 * one-off days.
 *
 * Generated data: regenerate with \`pnpm --filter @cetr/domain bank-holidays:update
 * <downloaded bank-holidays.json>\` (see README). Years GOV.UK has not yet
 * published were written from the standing rules and must be refreshed.
 */
export const BANK_HOLIDAYS_SOURCE = "https://www.gov.uk/bank-holidays.json (england-and-wales)";
export const BANK_HOLIDAYS_FIRST_YEAR = ${first};
export const BANK_HOLIDAYS_LAST_YEAR = ${last};

export const ENGLAND_AND_WALES_BANK_HOLIDAY_DATES: readonly string[] = [
${dates.map((d) => `  "${d}",`).join("\n")}
];
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write(
      "usage: update-bank-holidays.ts <path to downloaded bank-holidays.json>\n",
    );
    process.exit(2);
  }
  const merged = mergeGovUkBankHolidays(
    JSON.parse(readFileSync(file, "utf8")),
    ENGLAND_AND_WALES_BANK_HOLIDAY_DATES,
  );
  const target = fileURLToPath(new URL("../src/bank-holidays-data.ts", import.meta.url));
  writeFileSync(target, renderBankHolidayModule(merged));
  process.stdout.write(`wrote ${merged.length} dates to ${target}\n`);
}
