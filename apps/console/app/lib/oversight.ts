/**
 * The oversight page's figures (issue 8 item 8), from the API's rows of
 * counts per organisation and month: the range to ask for, totals by month
 * and by organisation, shares in words, and the CSV file. Pure, so it is
 * tested without the API.
 */

export interface OversightCounts {
  reviewsHeld: number;
  reviewsHeldOnTime: number;
  reviewsHeldLate: number;
  reportsSentOnTime: number;
  reportsSentLate: number;
  reportsOverdue: number;
  actionsDue: number;
  actionsDoneOnTime: number;
  actionsDoneLate: number;
  actionsOpenLate: number;
  actionsNotDone: number;
  actionsNotYetDue: number;
}

export interface OversightApiRow extends OversightCounts {
  month: string;
  organisation: { id: string; name: string };
}

export const PERIODS = [3, 6, 12, 24] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 12;

export function readPeriod(value: string | null): Period {
  const n = Number(value);
  return (PERIODS as readonly number[]).includes(n) ? (n as Period) : DEFAULT_PERIOD;
}

/** "YYYY-MM" plus `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The last `period` months, oldest first, ending with this month. */
export function monthsEnding(today: string, period: Period): string[] {
  const last = today.slice(0, 7);
  return Array.from({ length: period }, (_, i) => addMonths(last, i - period + 1));
}

/** The API's arguments for those months: the first day of the first, and today's date. */
export function rangeArgs(months: readonly string[], today: string) {
  return { from: `${months[0] ?? today.slice(0, 7)}-01`, to: today };
}

const monthFormat = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortMonthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** "2025-03" → "March 2025". */
export const monthName = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
/** "2025-03" → "Mar". */
export const shortMonthName = (month: string) =>
  shortMonthFormat.format(new Date(`${month}-01T00:00:00Z`));

const ZERO: OversightCounts = {
  reviewsHeld: 0,
  reviewsHeldOnTime: 0,
  reviewsHeldLate: 0,
  reportsSentOnTime: 0,
  reportsSentLate: 0,
  reportsOverdue: 0,
  actionsDue: 0,
  actionsDoneOnTime: 0,
  actionsDoneLate: 0,
  actionsOpenLate: 0,
  actionsNotDone: 0,
  actionsNotYetDue: 0,
};
const KEYS = Object.keys(ZERO) as (keyof OversightCounts)[];

export function sumCounts(rows: readonly OversightCounts[]): OversightCounts {
  const total = { ...ZERO };
  for (const row of rows) for (const key of KEYS) total[key] += row[key];
  return total;
}

/** Totals for every month of the range, months with nothing counted included. */
export function byMonth(rows: readonly OversightApiRow[], months: readonly string[]) {
  return months.map((month) => ({
    month,
    counts: sumCounts(rows.filter((r) => r.month === month)),
  }));
}

/** Totals over the range for each organisation, by name. */
export function byOrganisation(
  rows: readonly OversightApiRow[],
  organisations: readonly { id: string; name: string }[],
) {
  return [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((organisation) => ({
      organisation,
      counts: sumCounts(rows.filter((r) => r.organisation.id === organisation.id)),
    }));
}

export interface Share {
  part: number;
  whole: number;
}

/** What "on time" is out of, for each measure: the same rules as the API's shares. */
export const MEASURES = {
  reviews: {
    label: "Reviews held on time",
    of: (c: OversightCounts): Share => ({
      part: c.reviewsHeldOnTime,
      whole: c.reviewsHeldOnTime + c.reviewsHeldLate,
    }),
  },
  reports: {
    label: "Reports sent on time",
    of: (c: OversightCounts): Share => ({
      part: c.reportsSentOnTime,
      whole: c.reportsSentOnTime + c.reportsSentLate + c.reportsOverdue,
    }),
  },
  actions: {
    label: "Actions done on time",
    of: (c: OversightCounts): Share => ({
      part: c.actionsDoneOnTime,
      whole: c.actionsDoneOnTime + c.actionsDoneLate + c.actionsOpenLate + c.actionsNotDone,
    }),
  },
} as const;
export type Measure = keyof typeof MEASURES;
export const MEASURE_KEYS = Object.keys(MEASURES) as Measure[];

export const percent = ({ part, whole }: Share): number | null =>
  whole > 0 ? Math.round((part / whole) * 100) : null;

/** "67% (2 of 3)", or "None to count". */
export function shareInWords(share: Share): string {
  const p = percent(share);
  return p === null ? "None to count" : `${p}% (${share.part} of ${share.whole})`;
}

export const OVERSIGHT_CSV_COLUMNS = [
  "Organisation",
  "Month",
  "Reviews held",
  "Reviews held on time",
  "Reviews held late",
  "Reviews on time (%)",
  "Reports sent on time",
  "Reports sent late",
  "Reports overdue and not sent",
  "Reports on time (%)",
  "Actions due",
  "Actions done on time",
  "Actions done late",
  "Actions open and late",
  "Actions not done",
  "Actions not yet due",
  "Actions on time (%)",
] as const;

const percentCell = (share: Share) => {
  const p = percent(share);
  return p === null ? "" : String(p);
};

/** One row per organisation and month of the range, in that order, zeros included. */
export function oversightCsvRows(
  rows: readonly OversightApiRow[],
  organisations: readonly { id: string; name: string }[],
  months: readonly string[],
): string[][] {
  const out: string[][] = [];
  for (const { organisation } of byOrganisation([], organisations))
    for (const month of months) {
      const c = sumCounts(
        rows.filter((r) => r.organisation.id === organisation.id && r.month === month),
      );
      out.push([
        organisation.name,
        month,
        ...[c.reviewsHeld, c.reviewsHeldOnTime, c.reviewsHeldLate].map(String),
        percentCell(MEASURES.reviews.of(c)),
        ...[c.reportsSentOnTime, c.reportsSentLate, c.reportsOverdue].map(String),
        percentCell(MEASURES.reports.of(c)),
        ...[
          c.actionsDue,
          c.actionsDoneOnTime,
          c.actionsDoneLate,
          c.actionsOpenLate,
          c.actionsNotDone,
          c.actionsNotYetDue,
        ].map(String),
        percentCell(MEASURES.actions.of(c)),
      ]);
    }
  return out;
}
