import type { Database } from "@cetr/db";
import { isPartnerScope, type PartnerScope } from "../access/areas.js";
import { hashToken, matchesHash, newToken } from "./tokens.js";

/** Access tokens live an hour; partners ask for a new one with their secret. */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface NewApiClient {
  name: string;
  scopes: PartnerScope[];
  organisationIds: string[];
  expiresAt?: Date | null;
  createdById?: string | null;
}

/** Registers a partner client; returns its secret, which is never shown again. */
export async function createApiClient(db: Database, input: NewApiClient) {
  const secret = newToken("secret");
  const client = await db.prisma.apiClient.create({
    data: {
      name: input.name,
      scopes: input.scopes,
      organisationIds: input.organisationIds,
      expiresAt: input.expiresAt ?? null,
      createdById: input.createdById ?? null,
      secretHash: hashToken(secret),
    },
  });
  return { client, secret };
}

/** A new secret replaces the old one at once, and tokens issued under the old one stop working. */
export async function rotateApiClientSecret(db: Database, clientId: string, now: Date) {
  const secret = newToken("secret");
  const client = await db.prisma.$transaction(async (tx) => {
    const updated = await tx.apiClient.update({
      where: { id: clientId },
      data: { secretHash: hashToken(secret), secretRotatedAt: now },
    });
    await tx.apiToken.updateMany({
      where: { clientId, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    return updated;
  });
  return { client, secret };
}

export async function revokeApiClient(db: Database, clientId: string, now: Date) {
  return db.prisma.apiClient.update({ where: { id: clientId }, data: { revokedAt: now } });
}

export type TokenResult =
  | { ok: true; accessToken: string; scopes: PartnerScope[]; expiresIn: number }
  | { ok: false; error: "invalid_client" | "invalid_scope"; description: string };

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4). The scopes asked for must be
 * a subset of the client's; none asked means all of them.
 */
export async function issueAccessToken(
  db: Database,
  clientId: string,
  secret: string,
  requestedScope: string | undefined,
  now: Date,
): Promise<TokenResult> {
  const client = /^[0-9a-f-]{36}$/i.test(clientId)
    ? await db.prisma.apiClient.findUnique({ where: { id: clientId } })
    : null;
  // Same answer for an unknown client, a wrong secret, a revoked or an expired client.
  if (
    !client ||
    !matchesHash(secret, client.secretHash) ||
    client.revokedAt ||
    (client.expiresAt && client.expiresAt <= now)
  ) {
    return { ok: false, error: "invalid_client", description: "Client authentication failed" };
  }
  const granted = client.scopes.filter(isPartnerScope);
  const requested = requestedScope?.split(" ").filter(Boolean) ?? granted;
  const notGranted = requested.filter((s) => !granted.includes(s as PartnerScope));
  if (notGranted.length) {
    return {
      ok: false,
      error: "invalid_scope",
      description: `This client was not granted: ${notGranted.join(" ")}`,
    };
  }
  const accessToken = newToken("access");
  await db.prisma.apiToken.create({
    data: {
      clientId: client.id,
      tokenHash: hashToken(accessToken),
      scopes: requested,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    },
  });
  return {
    ok: true,
    accessToken,
    scopes: requested as PartnerScope[],
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
  };
}
