import type { Database } from "@cetr/db";
import type { Access } from "./access/access.js";
import type { AuditLog } from "./access/audit.js";
import type { Viewer } from "./auth/viewer.js";
import type { Mailer } from "./email/mailer.js";

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
  mailer: Mailer;
  /** The family portal's public address, for links in emails (configuration, never the caller's). */
  portalUrl: string;
  /** The caller's address, for abuse limits. */
  ip: string;
  /** Work to do once the response has gone (e.g. sending an email whose timing must not show). */
  afterResponse(task: () => Promise<void>): void;
}
