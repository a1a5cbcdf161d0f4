import type { Database } from "@cetr/db";
import express, { Router } from "express";
import { issueAccessToken } from "./api-clients.js";

/**
 * POST /oauth/token — the OAuth 2.0 token endpoint for partner systems
 * (client credentials only). Client id and secret come in HTTP Basic auth
 * (preferred, RFC 6749 §2.3.1) or in the form body. Errors follow §5.2.
 */
export function oauthRouter(db: Database): Router {
  const router = Router();
  router.post(
    "/token",
    express.urlencoded({ extended: false, limit: "10kb" }),
    async (req, res) => {
      res.set("cache-control", "no-store");
      const body = (req.body ?? {}) as Record<string, string | undefined>;
      let clientId = body.client_id;
      let secret = body.client_secret;
      const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? "");
      if (basic?.[1]) {
        const decoded = Buffer.from(basic[1], "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        clientId = decodeURIComponent(decoded.slice(0, colon));
        secret = decodeURIComponent(decoded.slice(colon + 1));
      }
      if (body.grant_type !== "client_credentials") {
        res.status(400).json({
          error: "unsupported_grant_type",
          error_description: "Only grant_type=client_credentials is supported",
        });
        return;
      }
      if (!clientId || !secret) {
        res.status(401).set("www-authenticate", 'Basic realm="cetr"').json({
          error: "invalid_client",
          error_description: "Send the client id and secret with HTTP Basic authentication",
        });
        return;
      }
      const result = await issueAccessToken(db, clientId, secret, body.scope, new Date());
      if (!result.ok) {
        const status = result.error === "invalid_client" ? 401 : 400;
        if (status === 401) res.set("www-authenticate", 'Basic realm="cetr"');
        res.status(status).json({ error: result.error, error_description: result.description });
        return;
      }
      res.json({
        access_token: result.accessToken,
        token_type: "Bearer",
        expires_in: result.expiresIn,
        scope: result.scopes.join(" "),
      });
    },
  );
  return router;
}
