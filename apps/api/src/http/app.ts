import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Database } from "@cetr/db";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { oauthRouter } from "../auth/oauth.js";
import type { Context } from "../context.js";
import type { Mailer } from "../email/mailer.js";
import { readTrustProxy } from "../env.js";
import { graphqlRateLimit, oauthTokenRateLimit } from "../limits/middleware.js";
import { type RateLimits, rateLimits } from "../limits/policy.js";
import { PRUNE_EVERY_MS, pruneRateLimitBuckets } from "../limits/rate-limit.js";
import { auditPlugin } from "./audit-plugin.js";
import { createContext } from "./context.js";
import { maskErrors } from "./format-error.js";
import { queryLimits } from "./query-limits.js";

export interface AppOptions {
  db: Database;
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  bodyLimit: string;
  /**
   * The body limit for a request that carries a token: a profile photo (1 MB,
   * base64 in the GraphQL input, ADR 0022) needs more than `bodyLimit`, and
   * only signed-in people may send one. Anonymous requests keep `bodyLimit`.
   */
  signedInBodyLimit?: string;
  /** Sends the sign-in and invitation emails (email/create-mailer.ts in main.ts; a fake in tests). */
  mailer: Mailer;
  /** The family portal's public address, for links in emails. */
  portalUrl: string;
  /**
   * Abuse limits to replace (limits/policy.ts has the production values);
   * tests lower them so they need not send hundreds of requests. Left out
   * under NODE_ENV=test, the HTTP limits are lifted (see `rateLimits`).
   */
  rateLimits?: Partial<RateLimits>;
  /**
   * Express's "trust proxy": which proxies' X-Forwarded-For decides req.ip,
   * and so the per-IP limits. Defaults to the TRUST_PROXY environment variable
   * (env.ts), which is "loopback": the portal and console servers beside the
   * API forward the browser's address; anyone else's header is ignored. Behind
   * a load balancer or web apps on other hosts it must name them, or every
   * caller shares the proxy's IP and its bucket.
   */
  trustProxy?: boolean | number | string;
}

/**
 * The HTTP surface: /graphql, /healthz (the process is up) and /readyz (it
 * can reach its database). Returns the Express app and Apollo, which must be
 * started before the app serves and stopped on shutdown.
 */
export async function createApp({
  db,
  schema,
  logger,
  production,
  bodyLimit,
  signedInBodyLimit = "1500kb",
  mailer,
  portalUrl,
  rateLimits: limitOverrides,
  trustProxy = readTrustProxy(),
}: AppOptions) {
  const limits = rateLimits(limitOverrides);
  // Spent rate-limit buckets are deleted on a timer, not by requests, so a request's work
  // (and its statement count) never depends on housekeeping. Unref'd: it keeps nothing alive.
  setInterval(() => {
    pruneRateLimitBuckets(db, new Date()).catch((error: unknown) =>
      logger.warn({ err: error }, "could not prune rate-limit buckets"),
    );
  }, PRUNE_EVERY_MS).unref();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // Refuses simple (CORS-preflight-free) requests that a browser on another site could forge.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (Apollo, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    formatError: maskErrors(logger, !production),
    // The default landing page loads Apollo Sandbox from a CDN: not here.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set (every answer depends on who asks); the default plugin would
      // still wrap every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      queryLimits(schema),
      auditPlugin(db, logger),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(
    pinoHttp({
      logger,
      // Probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
    }),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (req, res) => {
    try {
      await db.ping();
      res.json({ status: "ready", database: db.target.kind });
    } catch (error) {
      req.log.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    }
  });

  // Counted before anything else is done for the request; /healthz and /readyz are never limited.
  app.post("/oauth/token", ...oauthTokenRateLimit(db, limits));
  app.use("/oauth", oauthRouter(db));

  app.use(
    "/graphql",
    graphqlRateLimit(db, limits),
    jsonBody(bodyLimit, signedInBodyLimit),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(db, req, res, { demoSignIn: !production, mailer, portalUrl, logger }),
    }),
  );

  const tooLarge: ErrorRequestHandler = (error, req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 413) {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the ${req.headers.authorization ? signedInBodyLimit : bodyLimit} limit`,
            extensions: { code: "PAYLOAD_TOO_LARGE" },
          },
        ],
      });
      return;
    }
    if (status === 400) {
      res.status(400).json({
        errors: [
          { message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } },
        ],
      });
      return;
    }
    req.log.error({ err: error }, "unhandled HTTP error");
    next(error);
  };
  app.use(tooLarge);

  return { app, apollo };
}

/**
 * JSON bodies: the small limit for anonymous callers, a larger one for a
 * request with a token (checked by the context afterwards; an invalid token
 * gets nothing but an error, so the larger parse buys an attacker little).
 */
function jsonBody(anonymous: string, signedIn: string): RequestHandler {
  const small = express.json({ limit: anonymous });
  const large = express.json({ limit: signedIn });
  return (req, res, next) => (req.headers.authorization ? large : small)(req, res, next);
}
