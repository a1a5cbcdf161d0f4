import type { Database } from "@cetr/db";
import type { Request } from "express";
import { GraphQLError } from "graphql";
import { Access } from "../access/access.js";
import { AuditLog } from "../access/audit.js";
import { authenticate, InvalidTokenError } from "../auth/viewer.js";
import type { Context } from "../context.js";

/** Builds the per-request context: one clock reading, the viewer, their access and audit trail. */
export async function createContext(
  db: Database,
  req: Request,
  demoSignIn: boolean,
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
  return { db, now, viewer, audit, access: new Access(db, viewer, now, audit), demoSignIn };
}
