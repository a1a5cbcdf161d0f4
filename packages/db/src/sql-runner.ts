import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * The few raw-SQL needs below Prisma (migrations, readiness, test databases)
 * on either engine. `exec` takes several statements; `query` takes parameters.
 */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
  };
}

export function pgRunner(client: pg.Pool | pg.PoolClient | pg.Client): SqlRunner {
  return {
    async exec(sql) {
      // Without parameters pg uses the simple-query protocol, which allows many statements.
      await client.query(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
  };
}
