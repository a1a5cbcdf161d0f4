import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describePostgresUrl, resolveDatabaseTarget } from "./config.js";
import { lockDataDirectory } from "./pglite-lock.js";

/**
 * Prisma's schema engine reads catalog columns of PostgreSQL's internal
 * `name` and `"char"` types, which @prisma/adapter-pg 6.19 cannot map
 * (prisma/prisma#27403), so `migrate` fails against a real server. Both are
 * text on the wire, so report them as text. Runs only inside the Prisma CLI
 * process (prisma.config.ts), never in the API.
 */
function readCatalogNamesAsText(): void {
  const CATALOG_TEXT_OIDS = new Set([18 /* "char" */, 19 /* name */]);
  const TEXT_OID = 25;
  const fix = (result: unknown) => {
    const fields = (result as pg.QueryResult | undefined)?.fields;
    for (const field of fields ?? [])
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
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

/**
 * The adapter's own shadow database (for `migrate dev`) is dropped while its
 * pool is still connected, which PostgreSQL refuses; this one closes first.
 */
class PgMigrationAdapterFactory extends PrismaPg {
  constructor(private readonly clientConfig: pg.ClientConfig) {
    super(clientConfig);
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.clientConfig);
    await admin.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const adapter = await new PrismaPg({ ...this.clientConfig, database }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

let factory: Promise<PrismaPg | PrismaPGlite> | undefined;

/** The driver adapter the Prisma CLI uses: PGlite, or pg when DATABASE_URL is set. */
export function migrationAdapterFactory(): Promise<PrismaPg | PrismaPGlite> {
  factory ??= (async () => {
    const target = resolveDatabaseTarget();
    if (target.kind === "postgres") {
      describePostgresUrl(target.url);
      readCatalogNamesAsText();
      // Fields, not a connection string, so the shadow database can override `database`.
      return new PgMigrationAdapterFactory(parseIntoClientConfig(target.url));
    }
    // Held until the CLI exits; a running API (or a second CLI) is refused meanwhile.
    lockDataDirectory(target.dataDir);
    return new PrismaPGlite(await PGlite.create(target.dataDir));
  })();
  return factory;
}
