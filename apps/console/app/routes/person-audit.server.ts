import { graphql, type ResultOf, type VariablesOf } from "@cetr/graphql";
import { data } from "react-router";
import { requireApi } from "../lib/api.server";
import type { AuditFilters } from "../lib/audit-trail";

/** The API refuses pages over 100; a CSV walks pages of this size. */
export const CSV_PAGE_SIZE = 100;
/** Enough for any one person's record; stops one click from walking an unbounded trail. */
export const CSV_MAX_ROWS = 10_000;

export const PersonAuditTrail = graphql(`
  query PersonAuditTrail(
    $id: ID!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $outcome: AuditOutcome
    $from: Date
    $to: Date
  ) {
    person(id: $id) {
      name
      auditTrail(
        first: $first
        after: $after
        last: $last
        before: $before
        outcome: $outcome
        from: $from
        to: $to
      ) {
        totalCount
        edges {
          node { at actorName actingAs operation outcome what }
        }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

export type AuditTrail = NonNullable<ResultOf<typeof PersonAuditTrail>["person"]>["auditTrail"];
export type AuditRow = AuditTrail["edges"][number]["node"];

type Variables = VariablesOf<typeof PersonAuditTrail>;

/** One page of the trail, or a 404 when there is no such person the viewer can see. */
export async function loadTrailPage(
  request: Request,
  id: string,
  filters: AuditFilters,
  paging: Pick<Variables, "first" | "after" | "last" | "before">,
) {
  const api = await requireApi(request);
  const { person } = await api.request(PersonAuditTrail, { id, ...filters, ...paging });
  if (!person) throw data("Not found", { status: 404 });
  return person;
}

/** The whole trail for the filters, page by page, up to CSV_MAX_ROWS. */
export async function loadAllRows(request: Request, id: string, filters: AuditFilters) {
  const rows: AuditRow[] = [];
  let after: string | null = null;
  let name = "";
  let truncated = false;
  for (;;) {
    const person = await loadTrailPage(request, id, filters, {
      first: Math.min(CSV_PAGE_SIZE, CSV_MAX_ROWS - rows.length),
      after,
    });
    name = person.name;
    rows.push(...person.auditTrail.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = person.auditTrail.pageInfo;
    if (!hasNextPage || !endCursor) break;
    if (rows.length >= CSV_MAX_ROWS) {
      truncated = true;
      break;
    }
    after = endCursor;
  }
  return { name, rows, truncated };
}
