import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Opaque bearer tokens and client secrets: 32 random bytes, with a prefix that
 * says what they are (so a leaked one is recognisable in logs and scanners).
 * Only SHA-256 hashes are stored: the values are random, not chosen by people,
 * so a slow password hash would add cost without adding safety.
 */
export const TOKEN_PREFIX = { session: "cetr_s_", access: "cetr_at_", secret: "cetr_cs_" } as const;

export function newToken(kind: keyof typeof TOKEN_PREFIX): string {
  return TOKEN_PREFIX[kind] + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares a presented secret with a stored hash in constant time. */
export function matchesHash(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(presented), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
