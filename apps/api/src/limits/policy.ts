import type { Database } from "@cetr/db";
import { consumeRateLimit, limitKey, type RateLimitResult, stricter } from "./rate-limit.js";

export interface RateLimitPolicy {
  /** Events allowed per window. */
  limit: number;
  windowMs: number;
}

/**
 * Every abuse limit, in one place (documented in docs/api.md, "Abuse limits").
 * Counts are shared by all API instances through the database. Values are
 * generous for people and well-behaved partners and low enough to blunt
 * guessing and flooding; change them here and in the docs together.
 */
export interface RateLimits {
  /** Sign-in requests per e-mail address: stops mail-bombing one person and guessing codes. */
  signInPerEmail: RateLimitPolicy;
  /** Sign-in requests per IP: stops one machine walking through many addresses. */
  signInPerIp: RateLimitPolicy;
  /** POST /oauth/token per IP: blunts secret guessing. */
  oauthTokenPerIp: RateLimitPolicy;
  /** POST /oauth/token per client id: a client needs a token an hour, not hundreds. */
  oauthTokenPerClient: RateLimitPolicy;
  /** /graphql per partner access token (so per partner client). */
  apiPerPartnerToken: RateLimitPolicy;
  /** /graphql per session token (so per signed-in person and device). */
  apiPerSession: RateLimitPolicy;
  /** /graphql without a token, per IP. */
  apiAnonymousPerIp: RateLimitPolicy;
  /** Request forms sent per IP (signed in or not): blunts flooding an area's triage list. */
  requestFormPerIp: RateLimitPolicy;
  /** Questions about actions per signed-in person: stops one account flooding an action's owner. */
  actionQuestionPerUser: RateLimitPolicy;
}

const MINUTE = 60 * 1000;

export const RATE_LIMITS: Readonly<RateLimits> = Object.freeze({
  signInPerEmail: { limit: 5, windowMs: 15 * MINUTE },
  signInPerIp: { limit: 30, windowMs: 15 * MINUTE },
  oauthTokenPerIp: { limit: 20, windowMs: MINUTE },
  oauthTokenPerClient: { limit: 10, windowMs: MINUTE },
  apiPerPartnerToken: { limit: 600, windowMs: MINUTE },
  apiPerSession: { limit: 300, windowMs: MINUTE },
  apiAnonymousPerIp: { limit: 120, windowMs: MINUTE },
  // A family or a team may send a few in a sitting (one per young person), not dozens.
  requestFormPerIp: { limit: 10, windowMs: 60 * MINUTE },
  // A worried parent may ask about every late action in one sitting, not about dozens an hour.
  actionQuestionPerUser: { limit: 10, windowMs: 60 * MINUTE },
});

const LIFTED: RateLimitPolicy = { limit: 1_000_000, windowMs: MINUTE };

/**
 * The limits createApp applies: the production values with some replaced
 * (tests of the limits lower them so they need not send 600 requests).
 * Under NODE_ENV=test with nothing given, the HTTP limits are lifted instead:
 * the functional suites send hundreds of requests a minute with one token from
 * one address, and must not fail on limits they are not testing. Passing any
 * overrides, even `{}`, brings the production values back.
 */
export function rateLimits(
  overrides?: Partial<RateLimits>,
  env: NodeJS.ProcessEnv = process.env,
): RateLimits {
  if (!overrides && env.NODE_ENV === "test") {
    return {
      ...RATE_LIMITS,
      oauthTokenPerIp: LIFTED,
      oauthTokenPerClient: LIFTED,
      apiPerPartnerToken: LIFTED,
      apiPerSession: LIFTED,
      apiAnonymousPerIp: LIFTED,
    };
  }
  return { ...RATE_LIMITS, ...overrides };
}

/** Bucket kinds: the prefix of every key in RateLimitBucket. */
export const LIMIT_KIND = {
  signInEmail: "sign-in:email",
  signInIp: "sign-in:ip",
  oauthIp: "oauth-token:ip",
  oauthClient: "oauth-token:client",
  apiPartner: "api:partner",
  apiSession: "api:session",
  apiAnonymous: "api:anonymous-ip",
  requestFormIp: "request-form:ip",
  actionQuestionUser: "action-question:user",
} as const;

/** req.ip is undefined when the socket has already gone; such requests share one bucket. */
export function ipValue(ip: string | undefined): string {
  return ip ?? "unknown";
}

/**
 * Counts one sign-in request against the address and against the IP, and
 * returns the stricter result. Call it before doing anything for the request
 * (looking the address up, sending mail), and answer a refusal the same way
 * whether or not the address has an account, so the limit reveals nothing.
 * The address is trimmed and lower-cased first so case variants share a bucket.
 */
export async function checkSignInLimits(
  db: Database,
  { email, ip }: { email: string; ip: string | undefined },
  now: Date,
  limits: Pick<RateLimits, "signInPerEmail" | "signInPerIp"> = RATE_LIMITS,
): Promise<RateLimitResult> {
  const byEmail = await consume(
    db,
    limitKey(LIMIT_KIND.signInEmail, email.trim().toLowerCase()),
    limits.signInPerEmail,
    now,
  );
  const byIp = await consume(
    db,
    limitKey(LIMIT_KIND.signInIp, ipValue(ip)),
    limits.signInPerIp,
    now,
  );
  return stricter(byEmail, byIp);
}

export function consume(
  db: Database,
  key: string,
  policy: RateLimitPolicy,
  now: Date,
): Promise<RateLimitResult> {
  return consumeRateLimit(db, key, policy.limit, policy.windowMs, now);
}
