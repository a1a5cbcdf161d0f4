/**
 * The dashboard's work lists share one shape: filters in the query string
 * (a GET form, so they work without JavaScript), a sort order, and a cursor.
 * These helpers read that query string and write the links back.
 */

export const WORKLIST_PAGE_SIZE = 20;

export type SortDirection = "ascending" | "descending";

export interface ListParams {
  url: URL;
  organisationId: string | null;
  direction: SortDirection;
  /** Relay arguments for the API: `first`/`after` or `last`/`before`. */
  page: { first: number; after: string | null } | { last: number; before: string };
}

/** Reads the shared parameters; `sort=desc` flips the list's natural order. */
export function readListParams(request: Request): ListParams {
  const url = new URL(request.url);
  const before = url.searchParams.get("before");
  const after = url.searchParams.get("after");
  return {
    url,
    organisationId: url.searchParams.get("organisation") || null,
    direction: url.searchParams.get("sort") === "desc" ? "descending" : "ascending",
    page: before
      ? { last: WORKLIST_PAGE_SIZE, before }
      : { first: WORKLIST_PAGE_SIZE, after: after || null },
  };
}

/** The API arguments every work list passes: the page, the organisation filter and the order. */
export function listQuery(params: ListParams) {
  return {
    ...params.page,
    organisationId: params.organisationId,
    descending: params.direction === "descending",
  };
}

/** What every work list's page needs back from its loader, beside its own rows and filters. */
export function listView(
  params: ListParams,
  memberships: readonly { organisation: OrganisationOption }[],
) {
  return {
    organisations: organisationsOf(memberships),
    organisationId: params.organisationId,
    direction: params.direction,
    href: params.url.href,
  };
}

/** The same list with some parameters changed; changing a filter or the sort starts at page one. */
export function listHref(url: URL, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(url.searchParams);
  const paging = "after" in changes || "before" in changes;
  if (!paging) {
    next.delete("after");
    next.delete("before");
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Previous/next links for @cetr/ui Pagination, keeping the filters and sort. */
export function pageHrefs(url: URL, pageInfo: PageInfo) {
  return {
    previousHref:
      pageInfo.hasPreviousPage && pageInfo.startCursor
        ? listHref(url, { before: pageInfo.startCursor, after: null })
        : undefined,
    nextHref:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? listHref(url, { after: pageInfo.endCursor, before: null })
        : undefined,
  };
}

/** Today's date in England (the policy's deadlines are calendar days there). */
export function todayInEngland(now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function pluralDays(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}

export interface OrganisationOption {
  id: string;
  name: string;
}

/** The organisations someone works for, once each, by name: the list's organisation filter. */
export function organisationsOf(
  memberships: readonly { organisation: OrganisationOption }[],
): OrganisationOption[] {
  const byId = new Map(memberships.map((m) => [m.organisation.id, m.organisation]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

/** A filter value only if it is one of the allowed ones; anything else means the default. */
export function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return (allowed as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
}
