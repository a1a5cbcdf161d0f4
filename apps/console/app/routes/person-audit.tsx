import { Link, Notice, Pagination, Select, Table, Tag } from "@cetr/ui";
import { Form } from "react-router";
import {
  filterParams,
  formatActingAs,
  formatWhen,
  OUTCOME_WORDS,
  PAGE_SIZE,
  readFilters,
} from "../lib/audit-trail";
import { pageTitle } from "../lib/format";
import type { Route } from "./+types/person-audit";
import { loadTrailPage } from "./person-audit.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { filters, problems } = readFilters(url);
  const before = url.searchParams.get("before");
  const after = url.searchParams.get("after");
  const person = await loadTrailPage(
    request,
    params.id,
    filters,
    before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? null },
  );
  return { id: params.id, name: person.name, trail: person.auditTrail, filters, problems };
}

export default function PersonAudit({ loaderData }: Route.ComponentProps) {
  const { id, name, trail, filters, problems } = loaderData;
  const base = `/people/${encodeURIComponent(id)}/audit`;
  const withFilters = (extra: Record<string, string>) => {
    const params = filterParams(filters);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    const query = params.toString();
    return query ? `${base}?${query}` : base;
  };
  const filtered = Boolean(filters.outcome || filters.from || filters.to);
  const heading = `Who has looked at or changed ${name}'s record`;
  return (
    <>
      <title>{pageTitle(heading)}</title>
      <p>
        <Link href={`/people/${encodeURIComponent(id)}`} variant="back">
          {name}
        </Link>
      </p>
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        Every time someone opens, changes or is refused part of this record it is written down here,
        newest first. Nobody can edit or remove these entries.
      </p>
      <p>
        <Link href={`/people/${encodeURIComponent(id)}/invite`}>
          Invite {name} or their family to the family portal
        </Link>
      </p>
      {problems.length > 0 ? (
        <Notice title="Some filters were not used">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {/* GET, so filters live in the address: it works without JavaScript and can be bookmarked. */}
      <Form method="get" action={base} className="cetr-form">
        <Select
          id="outcome"
          name="outcome"
          label="Outcome"
          options={[
            { value: "", label: "Allowed and refused" },
            { value: "ALLOWED", label: "Allowed only" },
            { value: "DENIED", label: "Refused only" },
          ]}
          defaultValue={filters.outcome ?? ""}
        />
        <div className="cetr-form-group">
          <label className="cetr-label" htmlFor="from">
            From
          </label>
          <div className="cetr-hint" id="from-hint">
            The first day to show. Leave empty to start from the first entry.
          </div>
          <input
            className="cetr-input cetr-input--width-10"
            id="from"
            name="from"
            type="date"
            aria-describedby="from-hint"
            defaultValue={filters.from ?? ""}
          />
        </div>
        <div className="cetr-form-group">
          <label className="cetr-label" htmlFor="to">
            To
          </label>
          <div className="cetr-hint" id="to-hint">
            The last day to show. Leave empty to show up to today.
          </div>
          <input
            className="cetr-input cetr-input--width-10"
            id="to"
            name="to"
            type="date"
            aria-describedby="to-hint"
            defaultValue={filters.to ?? ""}
          />
        </div>
        <button type="submit" className="cetr-button cetr-button--secondary">
          Show results
        </button>{" "}
        {filtered ? <Link href={base}>Clear filters</Link> : null}
      </Form>
      <p>
        {trail.totalCount === 1 ? "1 entry" : `${trail.totalCount} entries`}
        {filtered ? " match these filters" : ""}.{" "}
        {trail.totalCount > 0 ? (
          <Link
            href={`${base}.csv${filterParams(filters).size ? `?${filterParams(filters)}` : ""}`}
          >
            Download as CSV
          </Link>
        ) : null}
      </p>
      {trail.edges.length === 0 ? (
        <p>{filtered ? "Nothing matches these filters." : "Nothing has been recorded yet."}</p>
      ) : (
        <Table
          caption="Audit trail, newest first"
          head={["When", "Who", "Acting as", "What", "Outcome"]}
          rows={trail.edges.map(({ node }, i) => ({
            key: `${node.at}-${i}`,
            cells: [
              <time key="when" dateTime={node.at}>
                {formatWhen(node.at)}
              </time>,
              node.actorName,
              formatActingAs(node.actingAs),
              node.what,
              node.outcome === "DENIED" ? (
                <Tag key="outcome" colour="red">
                  {OUTCOME_WORDS.DENIED}
                </Tag>
              ) : (
                OUTCOME_WORDS.ALLOWED
              ),
            ],
          }))}
        />
      )}
      <Pagination
        label="Pages of the audit trail"
        previousHref={
          trail.pageInfo.hasPreviousPage && trail.pageInfo.startCursor
            ? withFilters({ before: trail.pageInfo.startCursor })
            : undefined
        }
        nextHref={
          trail.pageInfo.hasNextPage && trail.pageInfo.endCursor
            ? withFilters({ after: trail.pageInfo.endCursor })
            : undefined
        }
      />
    </>
  );
}
