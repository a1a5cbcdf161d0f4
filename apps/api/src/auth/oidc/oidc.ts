import { type Database, isUniqueViolation, type Membership } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import * as client from "openid-client";
import type { Logger } from "pino";
import { oidcEnvSchema } from "../../env.js";
import { createLogger } from "../../logger.js";
import { openSession } from "../sessions.js";

type StaffRole = Membership["role"];

/** How long a started sign-in may take before its state is refused. */
export const OIDC_REQUEST_TTL_MS = 10 * 60 * 1000;

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  clientAuth: "client_secret_basic" | "client_secret_post";
  scopes: string;
  providerName: string;
  redirectUris: readonly string[];
  organisationClaim: string | null;
  roleClaim: string | null;
}

/**
 * The OIDC settings, or null when OIDC is off. Read from the environment at
 * call time rather than captured at start, so the settings need not be threaded
 * through createApp (and tests can switch them per case).
 */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const parsed = oidcEnvSchema.safeParse(env);
  // readEnv refuses a bad value at start; here a bad value only ever means "off".
  if (!parsed.success) return null;
  const e = parsed.data;
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: new URL(e.OIDC_ISSUER),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    clientAuth: e.OIDC_CLIENT_AUTH,
    scopes: e.OIDC_SCOPES,
    providerName: e.OIDC_PROVIDER_NAME,
    redirectUris: e.OIDC_REDIRECT_URIS.split(",")
      .map((u) => normaliseUrl(u.trim()))
      .filter((u): u is string => u !== null),
    organisationClaim: e.OIDC_ORGANISATION_CLAIM ?? null,
    roleClaim: e.OIDC_ROLE_CLAIM ?? null,
  };
}

function normaliseUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Discovery is done once per issuer and client (the provider's metadata and keys
 * rarely change; openid-client refetches keys itself on an unknown key id). A
 * failed discovery is forgotten so the next sign-in tries again.
 */
const configurations = new Map<string, Promise<client.Configuration>>();

function discover(config: OidcConfig): Promise<client.Configuration> {
  const key = JSON.stringify([
    config.issuer.href,
    config.clientId,
    config.clientSecret,
    config.clientAuth,
  ]);
  let found = configurations.get(key);
  if (!found) {
    const auth =
      config.clientAuth === "client_secret_post"
        ? client.ClientSecretPost(config.clientSecret)
        : client.ClientSecretBasic(config.clientSecret);
    found = client.discovery(config.issuer, config.clientId, undefined, auth, {
      // Plain HTTP only to a provider on this machine (a local test provider); never across a network.
      ...(config.issuer.protocol === "http:" && LOOPBACK.has(config.issuer.hostname)
        ? { execute: [client.allowInsecureRequests] }
        : {}),
    });
    configurations.set(key, found);
    found.catch(() => configurations.delete(key));
  }
  return found;
}

let logger: Logger | null = null;
/** Why a sign-in failed goes to the log for operators; callers only ever see a generic message. */
function log(): Logger {
  logger ??= createLogger(process.env.LOG_LEVEL ?? "info").child({ component: "oidc" });
  return logger;
}

export const SIGN_IN_FAILED = "The sign-in did not complete: please try again";
const failed = (field = "callbackUrl"): FieldError => ({
  field,
  code: "FORBIDDEN",
  message: SIGN_IN_FAILED,
});
export const oidcOff = (): FieldError => ({
  field: "input",
  code: "FORBIDDEN",
  message: "Sign-in with OpenID Connect is not set up on this server",
});

/** Only a path on the console itself: never another site (an open redirect). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}

export type StartResult = { authorizationUrl: string | null; errors: FieldError[] };

export async function startOidcSignIn(
  db: Database,
  input: { redirectUri: string; returnTo?: string | null },
  now: Date,
  config: OidcConfig | null = readOidcConfig(),
): Promise<StartResult> {
  if (!config) return { authorizationUrl: null, errors: [oidcOff()] };
  const redirectUri = normaliseUrl(input.redirectUri);
  if (!redirectUri || !config.redirectUris.includes(redirectUri)) {
    return {
      authorizationUrl: null,
      errors: [
        {
          field: "redirectUri",
          code: "INVALID_CHOICE",
          message: "This address is not one the sign-in may return to",
        },
      ],
    };
  }
  let configuration: client.Configuration;
  try {
    configuration = await discover(config);
  } catch (error) {
    log().error({ err: error, issuer: config.issuer.href }, "OIDC discovery failed");
    return {
      authorizationUrl: null,
      errors: [
        {
          field: "input",
          code: "FORBIDDEN",
          message: "The sign-in service cannot be reached: please try again later",
        },
      ],
    };
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  // Old requests are worthless once expired: tidy them as new ones arrive (no scheduler needed).
  await db.prisma.oidcAuthRequest.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
  });
  await db.prisma.oidcAuthRequest.create({
    data: {
      id: state,
      nonce,
      codeVerifier,
      redirectUri,
      returnTo: safeReturnTo(input.returnTo),
      expiresAt: new Date(now.getTime() + OIDC_REQUEST_TTL_MS),
    },
  });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: config.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { authorizationUrl: url.href, errors: [] };
}

export type CompleteResult = {
  token: string | null;
  expiresAt: Date | null;
  returnTo: string | null;
  errors: FieldError[];
};

const refuse = (reason: string, extra: Record<string, unknown> = {}): CompleteResult => {
  log().warn({ reason, ...extra }, "OIDC sign-in refused");
  return { token: null, expiresAt: null, returnTo: null, errors: [failed()] };
};

export async function completeOidcSignIn(
  db: Database,
  input: { callbackUrl: string },
  now: Date,
  config: OidcConfig | null = readOidcConfig(),
): Promise<CompleteResult> {
  if (!config) return { token: null, expiresAt: null, returnTo: null, errors: [oidcOff()] };
  let callback: URL;
  try {
    callback = new URL(input.callbackUrl);
  } catch {
    return refuse("callback URL not a URL");
  }
  const state = callback.searchParams.get("state");
  if (!state || state.length > 200) return refuse("no state");

  // Single use, atomically: of two requests racing with the same state only one
  // updates the row, so a replayed (or intercepted) callback can never open a session.
  const { count } = await db.prisma.oidcAuthRequest.updateMany({
    where: { id: state, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return refuse("state unknown, used or expired");
  const request = await db.prisma.oidcAuthRequest.findUnique({ where: { id: state } });
  if (!request) return refuse("state vanished");
  // The provider sends the code to the address the sign-in started from, and nowhere else.
  if (`${callback.origin}${callback.pathname}` !== request.redirectUri.replace(/\?.*$/, "")) {
    return refuse("callback address differs from the redirect URI");
  }

  let claims: Record<string, unknown>;
  try {
    const configuration = await discover(config);
    const tokens = await client.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: state,
      expectedNonce: request.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) return refuse("no ID token");
    claims = { ...idClaims };
    // Many providers put email and custom claims only in userinfo; the ID token's own values win.
    if (configuration.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      claims = { ...userinfo, ...idClaims };
    }
  } catch (error) {
    return refuse("code exchange failed", {
      err: error instanceof Error ? { name: error.name, message: error.message } : String(error),
    });
  }

  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email.includes("@")) return refuse("no email claim");
  if (claims.email_verified !== true) return refuse("email not verified");
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : null;

  const user = await findOrCreateUser(db, email, name ?? email);
  if (config.organisationClaim && config.roleClaim) {
    await addMemberships(
      db,
      user.id,
      claims[config.organisationClaim],
      claims[config.roleClaim],
      now,
    );
  }
  const session = await openSession(db, user.id, "oidc", now);
  return { ...session, returnTo: request.returnTo, errors: [] };
}

async function findOrCreateUser(db: Database, email: string, displayName: string) {
  const existing = await db.prisma.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
  });
  if (existing) return existing;
  try {
    return await db.prisma.user.create({ data: { email, displayName } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two first sign-ins at once: the other one created the user.
    const again = await db.prisma.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
    });
    if (again) return again;
    throw error;
  }
}

const STAFF_ROLES: ReadonlySet<string> = new Set<StaffRole>([
  "COMMISSIONER",
  "CARE_COORDINATOR",
  "SOCIAL_WORKER",
  "CLINICIAN",
  "DISCHARGE_FACILITATOR",
  "EDUCATION_STAFF",
  "EXPERT_BY_EXPERIENCE",
  "CLINICAL_EXPERT",
  "ADMINISTRATOR",
]);

function odsCodes(value: unknown): string[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === "string"
      ? value.split(/[\s,]+/)
      : [];
  return [
    ...new Set(
      list
        .filter((v): v is string => typeof v === "string")
        .map((v) => v.trim().toUpperCase())
        .filter(Boolean),
    ),
  ].slice(0, 100);
}

/**
 * Adds the memberships the identity provider vouches for: one per known ODS
 * code, with the claimed role. Unknown codes and roles are ignored.
 *
 * Memberships are only ever added here, never ended or removed: the console and
 * the data also hold memberships granted locally (a panel's expert by
 * experience, a commissioner covering another ICB), which the provider knows
 * nothing about, and a claim missing once (a provider outage, a changed
 * mapping) must not silently strip someone's access to the people they work
 * with. Removing access stays a deliberate act in the service. For the same
 * reason a membership that was ended here is not reopened by a later claim.
 */
async function addMemberships(
  db: Database,
  userId: string,
  orgClaim: unknown,
  roleClaim: unknown,
  now: Date,
): Promise<void> {
  const codes = odsCodes(orgClaim);
  const role = typeof roleClaim === "string" ? roleClaim.trim().toUpperCase() : "";
  if (codes.length === 0 || !STAFF_ROLES.has(role)) return;
  const organisations = await db.prisma.organisation.findMany({
    // ODS codes are upper case by definition; the claim was upper-cased above.
    where: { odsCode: { in: codes } },
    select: { id: true },
  });
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  for (const organisation of organisations) {
    await addMembership(db, userId, organisation.id, role as StaffRole, today);
  }
}

async function addMembership(
  db: Database,
  userId: string,
  organisationId: string,
  role: StaffRole,
  today: Date,
): Promise<void> {
  try {
    await db.prisma.membership.upsert({
      where: {
        userId_organisationId_role: { userId, organisationId, role },
      },
      create: { userId, organisationId, role, startedOn: today },
      update: {},
    });
  } catch (error) {
    // Two sign-ins at once both creating it: it exists, which is all we wanted.
    if (!isUniqueViolation(error)) throw error;
  }
}
