import type { Database } from "@cetr/db";
import { hashToken, newToken } from "./tokens.js";
import { SESSION_ABSOLUTE_MS } from "./viewer.js";

/**
 * Opens a session and returns its token: the only time the token exists in
 * clear. The portal and console keep it in an httpOnly cookie and send it to
 * the API from their servers, so browser JavaScript never sees it.
 */
export async function openSession(
  db: Database,
  userId: string,
  method: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken("session");
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.prisma.session.create({
    data: { tokenHash: hashToken(token), userId, method, lastSeenAt: now, expiresAt },
  });
  return { token, expiresAt };
}

export async function endSession(db: Database, sessionId: string, now: Date): Promise<void> {
  await db.prisma.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
}

/** "Sign out of all devices": every open session of the user ends now. */
export async function endAllSessions(db: Database, userId: string, now: Date): Promise<number> {
  const { count } = await db.prisma.session.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}
