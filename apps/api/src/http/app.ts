import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Database } from "@cetr/db";
import express, { type ErrorRequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { oauthRouter } from "../auth/oauth.js";
import type { Context } from "../context.js";
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
}

/**
 * The HTTP surface: /graphql, /healthz (the process is up) and /readyz (it
 * can reach its database). Returns the Express app and Apollo, which must be
 * started before the app serves and stopped on shutdown.
 */
export async function createApp({ db, schema, logger, production, bodyLimit }: AppOptions) {
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
      queryLimits(schema),
      auditPlugin(db, logger),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
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

  app.use("/oauth", oauthRouter(db));

  app.use(
    "/graphql",
    express.json({ limit: bodyLimit }),
    expressMiddleware(apollo, { context: ({ req }) => createContext(db, req, !production) }),
  );

  const tooLarge: ErrorRequestHandler = (error, req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 413) {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the ${bodyLimit} limit`,
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
