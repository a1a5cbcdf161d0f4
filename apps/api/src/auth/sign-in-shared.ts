import type { Database } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import { GraphQLError } from "graphql";
import { consume, ipValue, LIMIT_KIND, RATE_LIMITS } from "../limits/policy.js";
import { limitKey, type RateLimitResult } from "../limits/rate-limit.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";

/**
 * What every way of signing in (code, link, passkey) answers the same way: the
 * refusal when a limit is reached, the IP-only limit for sign-ins that name no
 * address, and the new session.
 */

/** Over a limit: HTTP 429 with Retry-After, and the GraphQL error the portal shows as "try again later". */
export function throwIfLimited(limit: RateLimitResult): void {
  if (limit.allowed) return;
  const { retryAfterSeconds } = limit;
  throw new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} seconds`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds,
      http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * A link or a passkey names no address (and cannot be guessed): count it
 * against the IP only, or every such sign-in would share one "empty address" bucket.
 */
export function consumeSignInByIp(ctx: {
  db: Database;
  ip: string | undefined;
  now: Date;
}): Promise<RateLimitResult> {
  return consume(
    ctx.db,
    limitKey(LIMIT_KIND.signInIp, ipValue(ctx.ip)),
    RATE_LIMITS.signInPerIp,
    ctx.now,
  );
}

export type SessionPayload = { token: string | null; expiresAt: Date | null; errors: FieldError[] };

/** The payload of a sign-in mutation; one GraphQL name per mutation, the same fields. */
export function sessionPayloadRef(name: string) {
  return builder.objectRef<SessionPayload>(name).implement({
    description:
      "A new session when it worked. Keep the token server-side (an httpOnly cookie); never give it to browser JavaScript.",
    authScopes: { viaParent: true },
    fields: (t) => ({
      token: t.exposeString("token", { nullable: true }),
      expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
      errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    }),
  });
}

/** A sign-in's result as its payload: the session, or why there is none. */
export function sessionPayload(
  result: { ok: true; token: string; expiresAt: Date } | { ok: false; errors: FieldError[] },
): SessionPayload {
  return result.ok
    ? { token: result.token, expiresAt: result.expiresAt, errors: [] }
    : { token: null, expiresAt: null, errors: result.errors };
}
