import type { Database } from "@cetr/db";
import express, { type Request, type RequestHandler, type Response } from "express";
import { hashToken, TOKEN_PREFIX } from "../auth/tokens.js";
import { consume, ipValue, LIMIT_KIND, type RateLimitPolicy, type RateLimits } from "./policy.js";
import { limitKey, type RateLimitResult } from "./rate-limit.js";

/**
 * Which /graphql bucket a request counts against, from its Authorization
 * header alone. Identity is not looked up here (that is createContext's one
 * lookup, after the limit): the token's hash, hashed again by limitKey, is
 * the bucket, so the limit is per token and hence per partner client or per
 * session. A token this API could not have issued is counted per IP like an
 * anonymous request (it will be refused with 401 anyway).
 */
export function graphqlBucket(
  req: Request,
  limits: RateLimits,
): { key: string; policy: RateLimitPolicy } {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? "")?.[1];
  if (token?.startsWith(TOKEN_PREFIX.access)) {
    return {
      key: limitKey(LIMIT_KIND.apiPartner, hashToken(token)),
      policy: limits.apiPerPartnerToken,
    };
  }
  if (token?.startsWith(TOKEN_PREFIX.session)) {
    return { key: limitKey(LIMIT_KIND.apiSession, hashToken(token)), policy: limits.apiPerSession };
  }
  return {
    key: limitKey(LIMIT_KIND.apiAnonymous, ipValue(req.ip)),
    policy: limits.apiAnonymousPerIp,
  };
}

/**
 * Limits /graphql per partner token, per session, or per IP when anonymous.
 * Runs before the body is parsed, so a refused request costs one statement.
 * Over the limit: HTTP 429, Retry-After, and a GraphQL-shaped error.
 */
export function graphqlRateLimit(db: Database, limits: RateLimits): RequestHandler {
  return async (req, res, next) => {
    const { key, policy } = graphqlBucket(req, limits);
    const result = await consumeOrAllow(req, () => consume(db, key, policy, new Date()));
    if (result.allowed) {
      next();
      return;
    }
    refuse(res, result).json({
      errors: [
        {
          message: `Too many requests: try again in ${result.retryAfterSeconds} seconds`,
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: result.retryAfterSeconds },
        },
      ],
    });
  };
}

/**
 * Limits POST /oauth/token per IP, then per client id (from HTTP Basic or the
 * form body, as the token endpoint reads them). Every attempt counts, right or
 * wrong, so a client that asks for tokens in a loop is slowed as much as
 * someone guessing. Over the limit: HTTP 429, Retry-After, and the OAuth error
 * shape with `slow_down` (the RFC 8628 code for "polling too fast"; RFC 6749
 * has no code for this and clients generally show `error_description`).
 */
export function oauthTokenRateLimit(db: Database, limits: RateLimits): RequestHandler[] {
  const byIp: RequestHandler = async (req, res, next) => {
    const result = await consumeOrAllow(req, () =>
      consume(
        db,
        limitKey(LIMIT_KIND.oauthIp, ipValue(req.ip)),
        limits.oauthTokenPerIp,
        new Date(),
      ),
    );
    if (result.allowed) next();
    else refuseOAuth(res, result);
  };
  const byClient: RequestHandler = async (req, res, next) => {
    const clientId = oauthClientId(req);
    if (!clientId) {
      next();
      return;
    }
    const result = await consumeOrAllow(req, () =>
      consume(
        db,
        limitKey(LIMIT_KIND.oauthClient, clientId),
        limits.oauthTokenPerClient,
        new Date(),
      ),
    );
    if (result.allowed) next();
    else refuseOAuth(res, result);
  };
  // Same options as the token endpoint's own parser, which then finds the body already read.
  return [byIp, express.urlencoded({ extended: false, limit: "10kb" }), byClient];
}

/** The client id the token endpoint will use: HTTP Basic first, else the form's client_id. */
function oauthClientId(req: Request): string | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const raw = colon < 0 ? decoded : decoded.slice(0, colon);
    try {
      return decodeURIComponent(raw) || undefined;
    } catch {
      return raw || undefined;
    }
  }
  const body = req.body as Record<string, unknown> | undefined;
  return typeof body?.client_id === "string" && body.client_id ? body.client_id : undefined;
}

/**
 * If the limiter itself fails (the database is briefly unreachable), the
 * request goes on: the limits protect the service, and refusing everyone
 * because a counter could not be written would be the outage they exist to
 * prevent. The failure is logged.
 */
async function consumeOrAllow(
  req: Request,
  run: () => Promise<RateLimitResult>,
): Promise<RateLimitResult> {
  try {
    return await run();
  } catch (error) {
    req.log.warn({ err: error }, "rate limit check failed; allowing the request");
    return { allowed: true, retryAfterSeconds: 0 };
  }
}

function refuse(res: Response, result: RateLimitResult): Response {
  return res.status(429).set("retry-after", String(result.retryAfterSeconds));
}

function refuseOAuth(res: Response, result: RateLimitResult): void {
  refuse(res, result)
    .set("cache-control", "no-store")
    .json({
      error: "slow_down",
      error_description: `Too many token requests: try again in ${result.retryAfterSeconds} seconds`,
    });
}
