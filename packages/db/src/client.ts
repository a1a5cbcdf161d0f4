import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type DatabaseTarget, resolveDatabaseTarget } from "./config.js";
import { explainConnectionError } from "./errors.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { applyMigrations, pendingMigrations } from "./migrate.js";
import { type DataDirectoryLock, lockDataDirectory } from "./pglite-lock.js";
import { pgliteRunner, pgRunner, type SqlRunner } from "./sql-runner.js";

export interface Database {
  readonly target: DatabaseTarget;
  readonly prisma: PrismaClient;
  /**
   * SQL statements sent since the database was opened. Tests read it before
   * and after a request to prove a query costs a constant number of statements.
   */
  readonly statementCount: number;
  /**
   * One parameterised statement straight to the driver, skipping Prisma's
   * query compiler and result mapping (about 1-3 ms of CPU a statement under
   * Prisma 6; ADR 0017): for the few statements every request runs. `sql` is
   * a constant; every value goes in `params` ($1, $2, …), never into the text.
   * Rows come back as the driver parses them: timestamptz and date as Date
   * (a date at UTC midnight, as Prisma gives it), uuid and enums as strings,
   * json parsed; cast bigint results to int. Counted in statementCount.
   */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Checks the database answers; throws DatabaseUnavailableError otherwise. */
  ping(): Promise<void>;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  /** Names of migrations the database has not applied yet. */
  pending(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Defaults to the environment (DATABASE_URL, CETR_DATA_DIR). */
  target?: DatabaseTarget;
  /** An already-open PGlite (tests load golden copies this way); closed with the Database. */
  pglite?: PGlite;
}

/**
 * The one client factory: PGlite when DATABASE_URL is unset, PostgreSQL when
 * it is a postgres:// URL. Fails fast, with one line that says what to fix,
 * when the database cannot be reached.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.pglite)
    return fromPglite(options.pglite, {
      kind: "pglite",
      dataDir: options.pglite.dataDir ?? "memory://",
    });
  const target = options.target ?? resolveDatabaseTarget();
  return target.kind === "pglite" ? openPglite(target) : openPostgres(target);
}

async function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> {
  const lock = lockDataDirectory(target.dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(target.dataDir);
  } catch (error) {
    lock.release();
    throw explainConnectionError(target, error);
  }
  return fromPglite(db, target, lock);
}

/** A client that counts its statements (Prisma emits one query event per SQL statement). */
function countingClient(adapter: PrismaPGlite | PrismaPg) {
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const counter = { count: 0 };
  prisma.$on("query", () => {
    counter.count += 1;
  });
  return { prisma, counter };
}

/** PostgreSQL's type id for bytea. */
const BYTEA_OID = 17;

/**
 * Prisma hands a Bytes value to its driver adapter as base64 text, which
 * @prisma/adapter-pg decodes but pglite-prisma-adapter passes straight on, and
 * PGlite's own bytea serializer accepts only a Uint8Array. PGlite's serializers
 * are per instance and cover Prisma's transactions too: taught base64, a
 * profile photo (ADR 0022) is stored the same on PGlite as on PostgreSQL.
 */
function acceptBase64Bytea(db: PGlite): void {
  const serializers = (db as unknown as { serializers: Record<number, (v: unknown) => string> })
    .serializers;
  const original = serializers[BYTEA_OID];
  if (!original) return;
  serializers[BYTEA_OID] = (value) =>
    original(typeof value === "string" ? new Uint8Array(Buffer.from(value, "base64")) : value);
}

function fromPglite(db: PGlite, target: DatabaseTarget, lock?: DataDirectoryLock): Database {
  acceptBase64Bytea(db);
  const { prisma, counter } = countingClient(new PrismaPGlite(db));
  const sql = pgliteRunner(db);
  return {
    target,
    prisma,
    get statementCount() {
      return counter.count;
    },
    // PGlite already parses a date as UTC midnight. It runs one statement at a time, and waits
    // for an open Prisma transaction to end first, as a second connection would.
    async query<Row>(text: string, params: readonly unknown[] = []) {
      counter.count += 1;
      return (await db.query<Row>(text, [...params])).rows;
    },
    async ping() {
      await sql.query("SELECT 1");
    },
    migrate: () => applyMigrations(sql),
    pending: async () => (await pendingMigrations(sql)).map((m) => m.name),
    async close() {
      await prisma.$disconnect();
      // Closing flushes PGlite's files; only then may another process open them.
      if (!db.closed) await db.close();
      lock?.release();
    },
  };
}

/**
 * node-postgres reads a date as local midnight; Prisma (and PGlite) as UTC
 * midnight. Per query, so Prisma's own parsing through the same pool is untouched.
 */
const DATE_OID = 1082;
const PG_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID
      ? (value: string) => new Date(`${value}T00:00:00Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

async function openPostgres(
  target: Extract<DatabaseTarget, { kind: "postgres" }>,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: target.url,
    connectionTimeoutMillis: 5000,
    max: 10,
    // JIT compiles a plan to machine code when its estimated cost is high. The API's statements
    // run in milliseconds, but the access checks' estimates grow with the table sizes, and on a
    // national dataset JIT spent 0.1-3.5 s compiling each list query (ADR 0029).
    options: "-c jit=off",
  });
  // An idle client losing its server must not crash the process; queries will report it.
  pool.on("error", () => {});
  const ping = async () => {
    try {
      await pool.query("SELECT 1");
    } catch (error) {
      throw explainConnectionError(target, error);
    }
  };
  try {
    await ping();
  } catch (error) {
    await pool.end();
    throw error;
  }
  const { prisma, counter } = countingClient(new PrismaPg(pool));
  // Advisory locks belong to one session, so migrations hold one connection throughout.
  const withClient = async <T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn(pgRunner(client));
    } finally {
      client.release();
    }
  };
  return {
    target,
    prisma,
    get statementCount() {
      return counter.count;
    },
    async query<Row>(text: string, params: readonly unknown[] = []) {
      counter.count += 1;
      return (await pool.query({ text, values: [...params], types: PG_TYPES })).rows as Row[];
    },
    ping,
    migrate: () => withClient((sql) => applyMigrations(sql)),
    pending: () => withClient(async (sql) => (await pendingMigrations(sql)).map((m) => m.name)),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}
