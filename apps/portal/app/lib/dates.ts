/**
 * A calendar date from the API ("2026-03-03") in words, like "Tuesday 3 March",
 * for Europe/London. Read at midday UTC so no time zone can move it to the
 * day before or after.
 */
export function dateInWords(isoDate: string, locale: string, now = new Date()): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  const sameYear = date.getUTCFullYear() === Number(londonDate(now).slice(0, 4));
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    // The year only when it is not this year: "Tuesday 3 March" reads more easily.
    ...(sameYear ? {} : { year: "numeric" }),
    timeZone: "Europe/London",
  }).format(date);
}

/** Today's date in London as "YYYY-MM-DD", to compare with the API's dates. */
export function londonDate(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Reviews still ahead: a date today or later, and not finished, stopped or turned down. */
const upcoming = new Set(["REQUESTED", "CONSENT_PENDING", "PLANNED", "SCHEDULED"]);

export function nextReviewDate(
  reviews: readonly { status: string; scheduledOn: string | null }[],
  now = new Date(),
): string | null {
  const today = londonDate(now);
  const dates = reviews
    .filter((r) => upcoming.has(r.status) && r.scheduledOn && r.scheduledOn.slice(0, 10) >= today)
    .map((r) => (r.scheduledOn as string).slice(0, 10))
    .sort();
  return dates[0] ?? null;
}
