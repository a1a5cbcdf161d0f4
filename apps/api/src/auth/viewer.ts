import type { Database } from "@cetr/db";
import { londonCalendarDate } from "@cetr/domain";
import { isPartnerScope, type PartnerScope } from "../access/areas.js";
import { hashToken, TOKEN_PREFIX } from "./tokens.js";

/** Who is asking. Everything they may see follows from this and the record (access/access.ts). */
export type Viewer =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      sessionId: string;
      /**
       * The user's staff memberships active today, read with the session in
       * the same statement (ADR 0017) so that access/access.ts need not read
       * them again; left out, Access reads them itself.
       */
      memberships?: readonly Membership[];
    }
  | {
      kind: "partner";
      clientId: string;
      clientName: string;
      scopes: ReadonlySet<PartnerScope>;
      organisationIds: readonly string[];
    };

/** A staff membership: the organisation and the role held there. */
export interface Membership {
  organisationId: string;
  role: string;
}

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/** Session lifetimes (docs/security.md): idle, and absolute however active. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

/** A bearer token was presented but is not valid now: HTTP 401, never a silent downgrade to anonymous. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "InvalidTokenError";
  }
}

/** Reads `Authorization: Bearer …` and returns the viewer; no header means anonymous. */
export async function authenticate(
  db: Database,
  authorization: string | undefined,
  now: Date,
): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1])
    throw new InvalidTokenError("Use an Authorization header of the form: Bearer <token>");
  const token = match[1];
  if (token.startsWith(TOKEN_PREFIX.session)) return sessionViewer(db, token, now);
  if (token.startsWith(TOKEN_PREFIX.access)) return partnerViewer(db, token, now);
  throw new InvalidTokenError("The token is not one this API issued");
}

async function sessionViewer(db: Database, token: string, now: Date): Promise<Viewer> {
  // Every signed-in request runs this: raw, skipping Prisma's query compiler (ADR 0017).
  // The memberships ride along: every staff request needs them (access.ts has the same rule).
  const [session] = await db.query<{
    id: string;
    userId: string;
    revokedAt: Date | null;
    expiresAt: Date;
    lastSeenAt: Date;
    memberships: Membership[];
  }>(
    `SELECT s.id, s."userId", s."revokedAt", s."expiresAt", s."lastSeenAt",
       COALESCE((SELECT json_agg(json_build_object('organisationId', m."organisationId", 'role', m.role)
                                 ORDER BY m."startedOn", m.id)
                 FROM "Membership" m
                 WHERE m."userId" = s."userId" AND m."startedOn" <= $2::date
                   AND (m."endedOn" IS NULL OR m."endedOn" > $2::date)), '[]') AS memberships
     FROM "Session" s WHERE s."tokenHash" = $1`,
    [hashToken(token), londonCalendarDate(now)],
  );
  if (
    !session ||
    session.revokedAt ||
    session.expiresAt <= now ||
    now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS
  ) {
    throw new InvalidTokenError("The session has ended: sign in again");
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    kind: "user",
    userId: session.userId,
    sessionId: session.id,
    memberships: session.memberships,
  };
}

async function partnerViewer(db: Database, token: string, now: Date): Promise<Viewer> {
  const found = await db.prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { client: true },
  });
  // The client is re-read on every request, so revoking it stops its tokens at once.
  if (
    !found ||
    found.expiresAt <= now ||
    found.client.revokedAt ||
    (found.client.expiresAt && found.client.expiresAt <= now)
  ) {
    throw new InvalidTokenError("The access token is not valid: request a new one");
  }
  // A token never carries more than its client holds now.
  const clientScopes = new Set(found.client.scopes);
  return {
    kind: "partner",
    clientId: found.client.id,
    clientName: found.client.name,
    scopes: new Set(found.scopes.filter((s) => clientScopes.has(s)).filter(isPartnerScope)),
    organisationIds: found.client.organisationIds,
  };
}
