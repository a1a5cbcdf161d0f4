import type { DatabaseTarget } from "./config.js";

/** The database could not be reached or opened; the message says what to fix, on one line. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** Turns a driver error into one line a person can act on. */
export function explainConnectionError(
  target: DatabaseTarget,
  error: unknown,
): DatabaseUnavailableError {
  const err = error as { code?: string; message?: string };
  if (target.kind === "pglite") {
    return new DatabaseUnavailableError(
      `Could not open the embedded database at ${target.dataDir} (${err.message ?? err.code}): check the folder is writable, or move it aside to start afresh`,
    );
  }
  const where = `PostgreSQL at ${target.label}`;
  switch (err.code) {
    case "ECONNREFUSED":
      return new DatabaseUnavailableError(
        `Cannot connect to ${where}: connection refused. Is the server running, and are DATABASE_URL's host and port right?`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new DatabaseUnavailableError(
        `Cannot connect to ${where}: the host name does not resolve. Check DATABASE_URL's host`,
      );
    case "ETIMEDOUT":
      return new DatabaseUnavailableError(
        `Cannot connect to ${where}: timed out. Check DATABASE_URL's host and port, and any firewall`,
      );
    case "28P01":
    case "28000":
      return new DatabaseUnavailableError(
        `${where} refused the login: check the user name and password in DATABASE_URL`,
      );
    case "3D000":
      return new DatabaseUnavailableError(
        `${where} does not exist: create it (createdb) or fix the database name in DATABASE_URL`,
      );
    default:
      if (/timeout/i.test(err.message ?? "")) {
        return new DatabaseUnavailableError(
          `Cannot connect to ${where}: timed out. Check DATABASE_URL's host and port, and any firewall`,
        );
      }
      return new DatabaseUnavailableError(
        `Cannot use ${where}: ${err.message ?? String(error)}`.split("\n")[0] ?? "",
      );
  }
}
