import { z } from "zod";

/**
 * Staff sign-in through OpenID Connect (docs/operations.md). Its own schema so
 * the sign-in code can re-read it at call time (tests switch it per case)
 * while `readEnv` still refuses a bad value at start.
 */
export const oidcEnvSchema = z.object({
  /** The identity provider's issuer URL; OIDC is on only with issuer, client id and secret set. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** How the client authenticates at the token endpoint. */
  OIDC_CLIENT_AUTH: z
    .enum(["client_secret_basic", "client_secret_post"])
    .default("client_secret_basic"),
  OIDC_SCOPES: z.string().min(1).default("openid email profile"),
  /** Shown on the console's button: "Sign in with <name>". */
  OIDC_PROVIDER_NAME: z.string().min(1).default("your organisation's account"),
  /** Comma-separated callback URLs the console may ask to be sent back to. */
  OIDC_REDIRECT_URIS: z.string().default(""),
  /** A claim holding ODS codes (a string or a list): staff memberships follow it with OIDC_ROLE_CLAIM. */
  OIDC_ORGANISATION_CLAIM: z.string().min(1).optional(),
  /** A claim holding one StaffRole, e.g. "COMMISSIONER". */
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
});

/**
 * TRUST_PROXY: which proxies in front of the API may tell it the client's IP
 * (X-Forwarded-For), as Express's "trust proxy" setting. Unset: "loopback", so
 * the portal and console servers on the same machine (`pnpm start`) can pass
 * on the browser's address, while nobody reaching the API over the network
 * can choose theirs. "false": none, req.ip is always the TCP peer. "true"
 * trusts any sender (only when nothing can reach the API directly); a number
 * trusts that many hops; anything else is a comma-separated list of
 * addresses, subnets or "loopback"/"uniquelocal". Behind a load balancer or
 * web apps on other machines, list them, or every caller shares their bucket.
 */
export const trustProxyEnvSchema = z.object({
  TRUST_PROXY: z
    .string()
    .trim()
    .default("loopback")
    .transform((v): boolean | number | string => {
      if (v === "" || v === "false") return false;
      if (v === "true") return true;
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
});

/** The TRUST_PROXY setting, read at call time (createApp uses it unless told otherwise). */
export function readTrustProxy(env: NodeJS.ProcessEnv = process.env): boolean | number | string {
  return trustProxyEnvSchema.parse(env).TRUST_PROXY;
}

/**
 * Passkeys (WebAuthn, docs/decisions/0011-passkeys.md). The origin is always
 * PORTAL_URL's: passkeys are made and used on the family portal. The RP ID is
 * its host name unless set — set it to a parent domain (e.g. "cetr.nhs.uk" for
 * "https://portal.cetr.nhs.uk") only if the passkeys should also work on other
 * sites under it. Changing it later makes every existing passkey stop working.
 */
export const passkeyEnvSchema = z.object({
  PASSKEY_RP_ID: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+$/, "a host name, like portal.example.org")
    .optional(),
  /** Shown by the device when someone makes a passkey ("Save a passkey for …"). */
  PASSKEY_RP_NAME: z.string().trim().min(1).default("CETR family portal"),
});

/** Everything the API reads from its environment, validated once at start. */
const schema = oidcEnvSchema
  .extend(trustProxyEnvSchema.shape)
  .extend(passkeyEnvSchema.shape)
  .extend({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /** Largest request body accepted, in bytes (express/body-parser syntax also allowed, e.g. "100kb"). */
    BODY_LIMIT: z.string().default("100kb"),
    /** Seed the fictional demo people into an empty embedded database at start. */
    CETR_DEMO_DATA: z.enum(["true", "false"]).default("true"),
    /** Where people open the two web apps; only printed at start so the URLs are easy to find. */
    PORTAL_URL: z.url().default("http://localhost:3000"),
    CONSOLE_URL: z.url().default("http://localhost:3001"),
  })
  .superRefine((env, ctx) => {
    // Browsers refuse an RP ID that is not the page's host or a parent of it.
    const host = new URL(env.PORTAL_URL).hostname;
    const rpId = env.PASSKEY_RP_ID;
    if (rpId && host !== rpId && !host.endsWith(`.${rpId}`)) {
      ctx.addIssue({
        code: "custom",
        path: ["PASSKEY_RP_ID"],
        message: `must be PORTAL_URL's host (${host}) or a parent domain of it`,
      });
    }
  });

export type ApiEnv = z.infer<typeof schema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
