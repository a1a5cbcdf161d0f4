/**
 * The audit trail page's pure helpers: filters from the address, words for
 * roles and times, and CSV rows. No server-only code, so the page's component
 * can use them too.
 */

import { fileSlug } from "./csv";

export { csvCell, toCsv } from "./csv";

export const PAGE_SIZE = 25;

export interface AuditFilters {
  outcome: "ALLOWED" | "DENIED" | null;
  from: string | null;
  to: string | null;
}

const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/**
 * The filters from the query string. Anything the API would refuse is dropped
 * and named in `problems`, so a mistyped date shows a message, not an error page.
 */
export function readFilters(url: URL): { filters: AuditFilters; problems: string[] } {
  const problems: string[] = [];
  const outcome = url.searchParams.get("outcome");
  const date = (key: "from" | "to", label: string) => {
    const value = url.searchParams.get(key)?.trim() ?? "";
    if (!value) return null;
    if (isCalendarDate(value)) return value;
    problems.push(`${label} must be a real date, like 2026-03-31`);
    return null;
  };
  const filters: AuditFilters = {
    outcome: outcome === "ALLOWED" || outcome === "DENIED" ? outcome : null,
    from: date("from", "From"),
    to: date("to", "To"),
  };
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push("From must be on or before To");
  }
  return { filters, problems };
}

/** The filters as query-string pairs, for paging and download links that keep them. */
export function filterParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.outcome) params.set("outcome", filters.outcome);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  return params;
}

const londonTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/London",
});

/** "2026-11-22T23:07:00.000Z" → "22 November 2026 at 23:07" (England time). */
export function formatWhen(iso: string): string {
  return londonTime.format(new Date(iso)).replace(", ", " at ");
}

const ROLE_WORDS: Record<string, string> = {
  SELF: "The person themselves",
  PARENT_CARER: "Parent carer",
  ADVOCATE: "Advocate",
  PANEL: "Review panel member",
  PARTNER: "Partner system",
  anonymous: "Not signed in",
  user: "Signed in, no role",
  partner: "Partner system",
};

/** "STAFF:CARE_COORDINATOR,PANEL" → "Staff: care coordinator, Review panel member". */
export function formatActingAs(actingAs: string): string {
  return actingAs
    .split(",")
    .filter(Boolean)
    .map((role) => {
      const known = ROLE_WORDS[role];
      if (known) return known;
      const [kind, detail] = role.split(":");
      const words = (detail ?? kind ?? role).toLowerCase().replaceAll("_", " ");
      return kind === "STAFF" ? `Staff: ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
    })
    .join(", ");
}

export const OUTCOME_WORDS = { ALLOWED: "Allowed", DENIED: "Refused" } as const;

/** The fields of one entry the page and the CSV show. */
export interface AuditRowLike {
  at: string;
  actorName: string;
  actingAs: string;
  what: string;
  outcome: "ALLOWED" | "DENIED";
}

export const CSV_HEADER = ["When (UTC)", "When (England)", "Who", "Acting as", "What", "Outcome"];

export function csvRow(row: AuditRowLike): string[] {
  return [
    row.at,
    formatWhen(row.at),
    row.actorName,
    formatActingAs(row.actingAs),
    row.what,
    OUTCOME_WORDS[row.outcome],
  ];
}

/** An ASCII filename that says whose trail it is and when it was taken. */
export function csvFilename(name: string, today: Date): string {
  return `audit-trail-${fileSlug(name, "person")}-${today.toISOString().slice(0, 10)}.csv`;
}
