import type { Database } from "@cetr/db";

/**
 * Whole rows of one table whose `column` is any of `ids`, for the loaders
 * every page of people, reviews and actions runs: straight to the driver, as
 * Prisma's query compiler costs 1-3 ms of CPU a statement (ADR 0017). The
 * rows are the Prisma model's own shape (`SELECT *`: no column is mapped or
 * needs Prisma's conversion). `table`, `column` and `orderBy` are constants
 * in this codebase's source, never input; the ids are a parameter.
 */
export function rowsWhereIn<Row>(
  db: Database,
  table: "Person" | "Review" | "Action" | "User",
  column: "id" | "personId" | "reviewId",
  ids: readonly string[],
  orderBy = "id",
): Promise<Row[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query<Row>(
    `SELECT * FROM "${table}" WHERE "${column}" = ANY($1::uuid[]) ORDER BY ${orderBy}`,
    [ids],
  );
}
