import type { Database } from "@cetr/db";
import type { Access } from "./access/access.js";
import type { AuditLog } from "./access/audit.js";
import type { Viewer } from "./auth/viewer.js";

/**
 * Per-request context: the database, one clock reading (a request sees one
 * `now`), who is asking, what they may see, and the request's audit trail.
 */
export interface Context {
  db: Database;
  now: Date;
  viewer: Viewer;
  access: Access;
  audit: AuditLog;
  /** The labelled local sign-in for fictional demo accounts; never on when NODE_ENV=production. */
  demoSignIn: boolean;
}
