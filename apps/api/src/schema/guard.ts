import type { Database } from "@cetr/db";
import type { Target } from "../access/access.js";
import type { Area } from "../access/areas.js";
import type { Context } from "../context.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => UUID.test(id);

/** An id that is not a UUID can match no row: this one never does, and Postgres accepts it. */
export const NO_ROW_ID = "00000000-0000-0000-0000-000000000000";

/** The id as a filter value: itself when it is a UUID, else one that matches nothing. */
export const uuidOrNoRow = (id: string): string => (isUuid(id) ? id : NO_ROW_ID);

export interface GuardSpec<Row extends { id: string }> {
  /** Which part of the person's record a row is: may depend on the row (a draft report is staff-only). */
  area: Area | ((row: Row) => Area);
  personId: (row: Row) => string;
  /** The review a row belongs to, when it belongs to one (panel access is per review). */
  reviewId?: (row: Row) => string | null;
  /** The named owner of the action a row is or belongs to: they may read it (ADR 0041). */
  actionOwnerId?: (row: Row) => string | null;
  /** Rows by id, in any order; unknown ids are simply missing. */
  load: (db: Database, ids: string[]) => Promise<Row[]>;
}

export interface Guard<Row extends { id: string }> {
  typename: string;
  describe(row: Row): { area: Area; target: Target };
  /** Rows by id with whatever `describe` needs, unchecked: for tests and for the guard itself. */
  loadRows(db: Database, ids: readonly string[]): Promise<Row[]>;
  /** The rows the viewer may read; the rest are dropped and their denial audited. */
  readable(ctx: Context, rows: readonly Row[]): Promise<Row[]>;
  /** Rows the viewer may read, in the order of `ids`, null where unknown or forbidden (nullable edges). */
  inOrder(ctx: Context, ids: readonly string[]): Promise<(Row | null)[]>;
  /** The same for non-null edges: a row the viewer may not read becomes that item's error. */
  inOrderOrError(ctx: Context, ids: readonly string[]): Promise<(Row | Error)[]>;
  /** One row the viewer may read, or null (unknown and forbidden look the same). */
  loadReadable(ctx: Context, id: string): Promise<Row | null>;
  /**
   * One row the viewer may change (this area of). A row the viewer cannot
   * even read is NOT_FOUND, exactly like an unknown ID, so an ID argument
   * never tells an attacker what exists; one they can read is FORBIDDEN.
   */
  loadWritable(
    ctx: Context,
    id: string,
    operation: string,
    area?: Area,
  ): Promise<{ row: Row } | { row: null; code: "NOT_FOUND" | "FORBIDDEN" }>;
  /** Pothos node options: global ID, batched loading through the guard, and the type-level check. */
  nodeOptions: {
    id: { resolve: (row: Row) => string };
    loadMany: (ids: string[], ctx: Context) => Promise<(Row | null)[]>;
    authScopes: (row: Row) => { read: { area: Area; target: Target } };
  };
}

/** Every guarded node type, so the access tests can attack each one (test/matrix.test.ts). */
export const GUARDS = new Map<string, Guard<{ id: string }>>();

/** Node types that are not a person's record (organisations, user accounts). */
export const OPEN_NODE_TYPES = new Set(["Organisation", "User"]);

/**
 * Declares how a node type is protected. Reading a row goes through
 * `Access.canRead` twice over: when it is loaded (node, nodes, edges, ID
 * arguments) and again, as the backstop, when any of its fields resolves
 * (the type's `authScopes`). Both use one cached, batched decision per person.
 */
export function defineGuard<Row extends { id: string }>(
  typename: string,
  spec: GuardSpec<Row>,
): Guard<Row> {
  const describe = (row: Row) => ({
    area: typeof spec.area === "function" ? spec.area(row) : spec.area,
    target: {
      personId: spec.personId(row),
      reviewId: spec.reviewId?.(row) ?? null,
      actionOwnerId: spec.actionOwnerId?.(row) ?? null,
      type: typename,
      id: row.id,
    },
  });
  const loadValid = (db: Database, ids: readonly string[]) => {
    const valid = [...new Set(ids.filter(isUuid))];
    return valid.length ? spec.load(db, valid) : Promise.resolve([]);
  };
  const readable = (ctx: Context, rows: readonly Row[]) =>
    ctx.access.filterReadable(rows, describe);
  const inOrder = async (ctx: Context, ids: readonly string[]) => {
    const rows = await readable(ctx, await loadValid(ctx.db, ids));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };
  const guard: Guard<Row> = {
    typename,
    describe,
    loadRows: loadValid,
    readable,
    inOrder,
    inOrderOrError: async (ctx, ids) =>
      (await inOrder(ctx, ids)).map((row) => row ?? new Error("You do not have access to this")),
    async loadReadable(ctx, id) {
      const rows = await readable(ctx, await loadValid(ctx.db, [id]));
      return rows[0] ?? null;
    },
    async loadWritable(ctx, id, operation, area) {
      const [row] = await loadValid(ctx.db, [id]);
      if (!row) return { row: null, code: "NOT_FOUND" };
      const described = describe(row);
      if (await ctx.access.canWrite(area ?? described.area, described.target, operation))
        return { row };
      const visible = await ctx.access.canRead(described.area, described.target);
      return { row: null, code: visible ? "FORBIDDEN" : "NOT_FOUND" };
    },
    nodeOptions: {
      id: { resolve: (row) => row.id },
      loadMany: (ids, ctx) => inOrder(ctx, ids),
      authScopes: (row) => ({ read: describe(row) }),
    },
  };
  GUARDS.set(typename, guard as unknown as Guard<{ id: string }>);
  return guard;
}
