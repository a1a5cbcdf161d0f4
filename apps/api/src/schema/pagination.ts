import type { ArgBuilder } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import type { builder } from "./builder.js";
import { BadUserInputError } from "./errors.js";
import { isUuid } from "./guard.js";

/**
 * Keyset pagination for Relay connections. Unlike Pothos' helper, which
 * silently clamps, a page larger than MAX_PAGE_SIZE is refused with a
 * clear error, and a cursor this API did not issue is refused too.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<Key> {
  /** Rows to fetch: one more than the page, to learn whether another page follows. */
  take: number;
  backwards: boolean;
  cursor: Key | null;
  size: number;
}

export function pageFromArgs<Key>(
  args: ConnectionArgs,
  decode: (raw: unknown) => Key | null,
): Page<Key> {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError("Pass either `first` or `last`, not both");
  }
  const backwards = args.last != null;
  const requested = backwards ? args.last : args.first;
  const name = backwards ? "last" : "first";
  if (requested != null && (requested < 1 || requested > MAX_PAGE_SIZE)) {
    throw new BadUserInputError(
      `\`${name}\` must be between 1 and ${MAX_PAGE_SIZE} (got ${requested})`,
    );
  }
  const rawCursor = backwards ? args.before : args.after;
  let cursor: Key | null = null;
  if (rawCursor != null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(rawCursor, "base64url").toString("utf8"));
    } catch {
      parsed = undefined;
    }
    cursor = decode(parsed);
    if (cursor === null) {
      throw new BadUserInputError(
        `\`${backwards ? "before" : "after"}\` is not a cursor this API issued`,
      );
    }
  }
  const size = requested ?? DEFAULT_PAGE_SIZE;
  return { take: size + 1, backwards, cursor, size };
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** Builds the Relay connection from rows fetched in page order (reversed for `last`). */
export function toConnection<Row>(rows: Row[], page: Page<unknown>, keyOf: (row: Row) => unknown) {
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backwards) pageRows.reverse();
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backwards ? page.cursor !== null : hasMore,
      hasPreviousPage: page.backwards ? hasMore : page.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The rows for one keyset page when each fetched row is still checked one by
 * one (a panel member sees only their own reviews): fetches page.take rows
 * beyond the cursor, keeps the readable ones, and tops the page up from the
 * last row fetched, at most 5 rounds, so a page is full unless the rows ran out.
 * `fetch` reads rows in page order (the page's direction already applied).
 */
export async function fetchReadablePage<Row, Key>(
  page: Page<Key>,
  fetch: (cursor: Key | null) => Promise<Row[]>,
  readable: (rows: Row[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): Promise<Row[]> {
  const out: Row[] = [];
  let cursor = page.cursor;
  for (let round = 0; round < 5 && out.length < page.take; round++) {
    const rows = await fetch(cursor);
    out.push(...(await readable(rows)));
    const last = rows.at(-1);
    if (rows.length < page.take || !last) break;
    cursor = keyOf(last);
  }
  return out.slice(0, page.take);
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The four Relay arguments, for any connection field. */
export const connectionArgs = (t: { arg: ArgBuilder<Types> }) => ({
  first: t.arg.int(),
  after: t.arg.string(),
  last: t.arg.int(),
  before: t.arg.string(),
});

/**
 * A page costs its size: a request for 100 rows costs 100 times one row.
 * Clamped so that a page size out of range is refused by the resolver with its own clear message.
 */
export const pageComplexity = (args: ConnectionArgs) => ({
  field: 1,
  multiplier: Math.min(Math.max(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE),
});

/** Checks for the parts of a keyset cursor. */
export const cursorPart = {
  text: (v: unknown): v is string => typeof v === "string",
  date: (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
  uuid: (v: unknown): v is string => typeof v === "string" && isUuid(v),
  orNull:
    (check: (v: unknown) => boolean) =>
    (v: unknown): boolean =>
      v === null || check(v),
};

/**
 * A cursor decoder for `pageFromArgs`: the decoded JSON must be an array with
 * exactly one value per check, each passing it; anything else is a forged
 * cursor (null), which the caller refuses with a clear error.
 */
export function keyDecoder<Key extends unknown[]>(...checks: ((v: unknown) => boolean)[]) {
  return (raw: unknown): Key | null =>
    Array.isArray(raw) && raw.length === checks.length && checks.every((check, i) => check(raw[i]))
      ? (raw as Key)
      : null;
}

/**
 * Whether the field's own selection names `field` directly (not through a
 * fragment: a false "no" only costs the caller a separate statement).
 */
export function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => s.kind === "Field" && s.name.value === field),
  );
}
