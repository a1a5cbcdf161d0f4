import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describePostgresUrl, resolveDatabaseTarget } from "./config.js";
import { lockDataDirectory } from "./pglite-lock.js";

/**
 * The driver adapters the Prisma CLI (prisma.config.ts) uses for `migrate`.
 * Loaded only in the CLI's process, never in the API. Each works around an
 * upstream bug that would otherwise stop `migrate dev` or `migrate deploy`
 * (docs/decisions/0004-prisma-pglite-and-migrations.md).
 */

interface ScriptRunner {
  executeScript(script: string): Promise<void>;
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
}

/**
 * Migrations are scripts of many statements. pglite-prisma-adapter 0.6 runs
 * them without waiting; @prisma/adapter-pg 6.19 splits them on every ";"
 * (breaking function bodies and comments); and `migrate dev` replays them on
 * the shadow database through `executeRaw`, a prepared statement, which
 * PostgreSQL allows only one command. Both drivers run a whole script
 * natively (the simple-query protocol), so send scripts as they are.
 * `run` resolves to the number of rows affected.
 */
function runScriptsWhole<Adapter extends ScriptRunner>(
  adapter: Adapter,
  run: (script: string) => Promise<number>,
): Adapter {
  const toDriverError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(
    adapter,
  );
  const whole = async (script: string) => {
    try {
      return await run(script);
    } catch (error) {
      return toDriverError(error);
    }
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeScript = async (script) => {
    await whole(script);
  };
  // The schema engine passes migration scripts without parameters; anything with them is one statement.
  adapter.executeRaw = (query) => (query.args.length === 0 ? whole(query.sql) : executeRaw(query));
  return adapter;
}

const pgliteRows = async (db: PGlite, script: string) =>
  (await db.exec(script)).reduce((rows, result) => rows + (result.affectedRows ?? 0), 0);

const pgRows = async (pool: pg.Pool, script: string) => {
  const results = (await pool.query(script)) as pg.QueryResult | pg.QueryResult[];
  return (Array.isArray(results) ? results : [results]).reduce(
    (rows, r) => rows + (r.rowCount ?? 0),
    0,
  );
};

/**
 * Prisma's schema engine reads catalog columns of PostgreSQL's internal
 * `name` and `"char"` types, which @prisma/adapter-pg 6.19 cannot map
 * (prisma/prisma#27403). Both are text on the wire: pg is told they are text,
 * and the `"char"` columns (constraint kinds and the like) are then reported
 * to the engine as characters, as pglite-prisma-adapter does. The rows array
 * is the same object in pg's result and the adapter's, which links the two.
 */
const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils 6.19
const charColumnsOfRows = new WeakMap<object, number[]>();

function readCatalogNamesAsText(): void {
  const fix = (result: unknown) => {
    const { fields, rows } = (result ?? {}) as Partial<pg.QueryResult>;
    if (!fields || !rows) return result;
    const charColumns: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(index);
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID)
        field.dataTypeID = TEXT_OID;
    });
    if (charColumns.length) charColumnsOfRows.set(rows, charColumns);
    return result;
  };
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, fix(result));
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    return returned instanceof Promise ? returned.then(fix) : returned;
  };
}

function reportCharColumns<
  Adapter extends { queryRaw(query: never): Promise<{ columnTypes: number[]; rows: unknown[] }> },
>(adapter: Adapter): Adapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = (async (query: never) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOfRows.get(result.rows) ?? [])
      result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  }) as Adapter["queryRaw"];
  return adapter;
}

/**
 * Takes connection fields, not a URL (the adapter builds its shadow
 * database's config by overriding `database`, which a URL would beat), and
 * drops the shadow database only after closing its pool (PostgreSQL refuses
 * to drop a database in use).
 */
class PgMigrationAdapterFactory extends PrismaPg {
  constructor(private readonly clientConfig: pg.ClientConfig) {
    super(clientConfig);
  }

  private async wholeScripts(config: pg.ClientConfig) {
    const pool = new pg.Pool(config);
    const adapter = reportCharColumns(await new PrismaPg(pool).connect());
    return { pool, adapter: runScriptsWhole(adapter, (script) => pgRows(pool, script)) };
  }

  override async connect() {
    return (await this.wholeScripts(this.clientConfig)).adapter;
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.clientConfig);
    await admin.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const { pool, adapter } = await this.wholeScripts({ ...this.clientConfig, database });
    adapter.dispose = async () => {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

class PgliteMigrationAdapterFactory extends PrismaPGlite {
  constructor(private readonly db: PGlite) {
    super(db);
  }

  override async connect() {
    return runScriptsWhole(await super.connect(), (script) => pgliteRows(this.db, script));
  }

  override async connectToShadowDb() {
    const shadow = await PGlite.create();
    const adapter = runScriptsWhole(await new PrismaPGlite(shadow).connect(), (script) =>
      pgliteRows(shadow, script),
    );
    adapter.dispose = async () => {
      await shadow.close();
    };
    return adapter;
  }
}

let factory: Promise<PrismaPg | PrismaPGlite> | undefined;

/** PGlite (under .data/pglite or CETR_DATA_DIR), or pg when DATABASE_URL is set. */
export function migrationAdapterFactory(): Promise<PrismaPg | PrismaPGlite> {
  factory ??= (async () => {
    const target = resolveDatabaseTarget();
    if (target.kind === "postgres") {
      describePostgresUrl(target.url);
      readCatalogNamesAsText();
      return new PgMigrationAdapterFactory(parseIntoClientConfig(target.url));
    }
    // Held until the CLI exits; a running API (or a second CLI) is refused meanwhile.
    lockDataDirectory(target.dataDir);
    return new PgliteMigrationAdapterFactory(await PGlite.create(target.dataDir));
  })();
  return factory;
}
