/** How the console writes things for people: dates in words, NHS numbers as 3-3-4. */

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2010-03-14" → "14 March 2010" (a calendar date, so no time-zone shift). */
export function formatCalendarDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatNhsNumber(digits: string): string {
  return digits.length === 10
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : digits;
}

export const DIAGNOSIS_LABELS = {
  LEARNING_DISABILITY: "Learning disability",
  AUTISM: "Autism",
  BOTH: "Learning disability and autism",
} as const;

/** Page titles follow GOV.UK: the page, then the service; "Error: " first when a form failed. */
export function pageTitle(page: string, hasErrors = false): string {
  return `${hasErrors ? "Error: " : ""}${page} – CETR staff console`;
}

/** Text with YYYY-MM-DD dates in it (the scheduler's reasons), with the dates in words. */
export function datesInWords(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) =>
    Number.isNaN(Date.parse(iso)) ? iso : formatCalendarDate(iso),
  );
}
