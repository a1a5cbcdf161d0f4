import type { Database } from "@cetr/db";

/** Per-request context: the database, and one clock reading so a request sees one `now`. */
export interface Context {
  db: Database;
  now: Date;
}
