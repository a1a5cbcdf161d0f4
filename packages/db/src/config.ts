import path from "node:path";
import { defaultDataDir } from "./paths.js";

/**
 * Where the data lives. Embedded PGlite when DATABASE_URL is unset (the
 * two-command start needs no server); a real PostgreSQL server otherwise.
 */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string /** host:port/database, never the password */; label: string };

/** A setting that cannot work; the message is one line that says what to fix. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    const dir = env.CETR_DATA_DIR?.trim();
    return { kind: "pglite", dataDir: dir ? path.resolve(dir) : defaultDataDir };
  }
  return { kind: "postgres", url: raw, label: describePostgresUrl(raw) };
}

/** Validates a PostgreSQL URL and returns "host:port/database" for logs and errors. */
export function describePostgresUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid URL: use postgresql://USER:PASSWORD@HOST:5432/DATABASE, or unset it to use the embedded database",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgresql:// or postgres:// (it starts with ${url.protocol}//), or unset it to use the embedded database`,
    );
  }
  if (!url.hostname) {
    throw new DatabaseConfigError(
      "DATABASE_URL has no host: use postgresql://USER:PASSWORD@HOST:5432/DATABASE",
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database) {
    throw new DatabaseConfigError(
      `DATABASE_URL names no database: add it after the host, e.g. postgresql://${url.host}/cetr`,
    );
  }
  return `${url.hostname}:${url.port || "5432"}/${database}`;
}
