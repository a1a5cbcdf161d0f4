import type { Database } from "@cetr/db";
import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { Access } from "../access/access.js";
import { AuditLog } from "../access/audit.js";
import { authenticate, InvalidTokenError } from "../auth/viewer.js";
import type { Context } from "../context.js";
import type { Mailer } from "../email/mailer.js";

/** Builds the per-request context: one clock reading, the viewer, their access and audit trail. */
export interface ContextServices {
  demoSignIn: boolean;
  mailer: Mailer;
  portalUrl: string;
  logger: Logger;
}

export async function createContext(
  db: Database,
  req: Request,
  res: Response,
  services: ContextServices,
): Promise<Context> {
  const now = new Date();
  let viewer: Awaited<ReturnType<typeof authenticate>>;
  try {
    viewer = await authenticate(db, req.headers.authorization, now);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw new GraphQLError(error.reason, {
        extensions: {
          code: "UNAUTHENTICATED",
          http: {
            status: 401,
            headers: new Map([["www-authenticate", 'Bearer error="invalid_token"']]),
          },
        },
      });
    }
    throw error;
  }
  const audit = new AuditLog(viewer, String(req.id ?? ""), now);
  const later: (() => Promise<void>)[] = [];
  // "close" fires after the response is sent, and also if the caller hung up first.
  res.once("close", () => {
    for (const task of later) {
      task().catch((error: unknown) =>
        services.logger.error({ err: error }, "after-response task failed"),
      );
    }
  });
  return {
    db,
    now,
    viewer,
    audit,
    access: new Access(db, viewer, now, audit),
    demoSignIn: services.demoSignIn,
    mailer: services.mailer,
    portalUrl: services.portalUrl,
    ip: req.ip ?? "unknown",
    afterResponse: (task) => {
      later.push(task);
    },
  };
}
