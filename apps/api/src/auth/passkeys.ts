import type { Database, Prisma } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { decodeClientDataJSON, isoBase64URL, isoUint8Array } from "@simplewebauthn/server/helpers";
import { passkeyEnvSchema } from "../env.js";
import { openSession } from "./sessions.js";
import { hashToken } from "./tokens.js";

/**
 * Optional passkeys for families (issue 5, docs/decisions/0011-passkeys.md),
 * through SimpleWebAuthn. Discoverable credentials only: signing in asks for
 * no email address, so it can say nothing about which addresses have accounts.
 *
 * Every challenge is a database row (any API instance can finish what another
 * began), used once, for a few minutes, and only where it began: a sign-in
 * challenge in the browser holding the portal's browser secret, a
 * registration challenge in the session that asked for it.
 */

export type Passkey = Prisma.PasskeyGetPayload<object>;

export const PASSKEY_CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const PASSKEY_NAME_MAX = 60;
/** Enough for a household's phones, tablets and a security key; a bound on rows per account. */
export const MAX_PASSKEYS_PER_USER = 10;

/** Who the passkeys belong to, as browsers and authenticators see it. */
export interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

/** From the portal's address and the environment, read at call time (tests switch it). */
export function relyingPartyFor(
  portalUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): RelyingParty {
  const { PASSKEY_RP_ID, PASSKEY_RP_NAME } = passkeyEnvSchema.parse(env);
  const url = new URL(portalUrl);
  // Browsers refuse an IP address as an RP ID. A portal on a loopback address is a local run
  // (the e2e servers, say): there passkeys work at http://localhost on the same port.
  if (LOOPBACK.has(url.hostname)) url.hostname = "localhost";
  return { id: PASSKEY_RP_ID ?? url.hostname, name: PASSKEY_RP_NAME, origin: url.origin };
}

const LOOPBACK = new Set(["127.0.0.1", "[::1]"]);

type Purpose = "REGISTER" | "SIGN_IN";

/** A session's registration challenges are bound to the session, not to a browser secret. */
const sessionBinding = (sessionId: string) => hashToken(`session:${sessionId}`);

const challengeInvalid = (field: string): FieldError => ({
  field,
  code: "PASSKEY_CHALLENGE_INVALID",
  message: "This took too long, or was already used. Start again",
});

const notVerified = (field: string): FieldError => ({
  field,
  code: "PASSKEY_NOT_VERIFIED",
  message: "The passkey could not be checked. Try again, or use the code we email you",
});

/**
 * WebAuthn user handles should not be personal data: the account's random
 * UUID, as UTF-8, is opaque to anyone who sees it.
 */
const userHandleFor = (userId: string) =>
  isoBase64URL.fromBuffer(isoUint8Array.fromUTF8String(userId));

export function nameErrors(raw: string | null | undefined, field = "name"): FieldError[] {
  const name = (raw ?? "").trim();
  if (!name) {
    return [{ field, code: "REQUIRED", message: "Give the passkey a name, like “My phone”" }];
  }
  if (name.length > PASSKEY_NAME_MAX) {
    return [
      {
        field,
        code: "TOO_LONG",
        message: `The name must be ${PASSKEY_NAME_MAX} characters or fewer`,
      },
    ];
  }
  return [];
}

async function issueChallenge(
  db: Database,
  purpose: Purpose,
  challenge: string,
  binding: string,
  userId: string | null,
  now: Date,
): Promise<void> {
  await db.prisma.passkeyChallenge.create({
    data: {
      challenge,
      purpose,
      userId,
      browserHash: binding,
      expiresAt: new Date(now.getTime() + PASSKEY_CHALLENGE_TTL_MS),
    },
  });
  // Old challenges are useless: clear them as we go, so the table stays small without a job.
  await db.prisma.passkeyChallenge.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - PASSKEY_CHALLENGE_TTL_MS) } },
  });
}

/** The challenge the browser signed, read from its clientDataJSON; null if unreadable. */
function signedChallenge(response: { response?: { clientDataJSON?: unknown } }): string | null {
  try {
    const raw = response.response?.clientDataJSON;
    if (typeof raw !== "string") return null;
    const { challenge } = decodeClientDataJSON(raw);
    return typeof challenge === "string" && challenge ? challenge : null;
  } catch {
    return null;
  }
}

/**
 * Spends the challenge (once, whatever happens next): a replayed answer finds
 * it used. Expired, unknown, other-purpose and elsewhere-begun challenges all
 * read the same.
 */
async function spendChallenge(
  db: Database,
  challenge: string | null,
  purpose: Purpose,
  binding: string,
  userId: string | null,
  now: Date,
): Promise<boolean> {
  if (!challenge) return false;
  const { count } = await db.prisma.passkeyChallenge.updateMany({
    where: {
      challenge,
      purpose,
      browserHash: binding,
      userId,
      usedAt: null,
      expiresAt: { gt: now },
    },
    data: { usedAt: now },
  });
  return count === 1;
}

/**
 * The browser's answer, parsed, with the challenge it signed spent: or the
 * error to show (not an answer at all, or a challenge unknown, used or expired).
 */
async function spendAnswer<T extends { response: object }>(
  db: Database,
  raw: string,
  expected: { purpose: Purpose; binding: string; userId: string | null },
  now: Date,
): Promise<{ ok: true; response: T; challenge: string } | { ok: false; errors: FieldError[] }> {
  const response = parseResponse<T>(raw);
  if (!response) return { ok: false, errors: [notVerified("response")] };
  const challenge = signedChallenge(response);
  const spent = await spendChallenge(
    db,
    challenge,
    expected.purpose,
    expected.binding,
    expected.userId,
    now,
  );
  if (!spent || !challenge) return { ok: false, errors: [challengeInvalid("response")] };
  return { ok: true, response, challenge };
}

function parseResponse<T>(raw: string): T | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object") return null;
    const { id, rawId, type, response } = value as Record<string, unknown>;
    if (typeof id !== "string" || typeof rawId !== "string" || type !== "public-key") return null;
    if (!response || typeof response !== "object") return null;
    return value as T;
  } catch {
    return null;
  }
}

// ---- Adding a passkey (signed in) ----

export interface StartRegistrationInput {
  userId: string;
  sessionId: string;
  name: string;
}

export type StartResult<O> = { ok: true; options: O } | { ok: false; errors: FieldError[] };

export async function startPasskeyRegistration(
  db: Database,
  rp: RelyingParty,
  input: StartRegistrationInput,
  now: Date,
): Promise<StartResult<PublicKeyCredentialCreationOptionsJSON>> {
  const errors = nameErrors(input.name);
  if (errors.length) return { ok: false, errors };
  const user = await db.prisma.user.findUniqueOrThrow({
    where: { id: input.userId },
    include: { passkeys: { select: { credentialId: true, transports: true } } },
  });
  if (user.passkeys.length >= MAX_PASSKEYS_PER_USER) {
    return {
      ok: false,
      errors: [
        {
          field: "name",
          code: "PASSKEY_LIMIT",
          message: `You can have up to ${MAX_PASSKEYS_PER_USER} passkeys. Remove one you no longer use first`,
        },
      ],
    };
  }
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: isoUint8Array.fromUTF8String(user.id),
    attestationType: "none",
    timeout: PASSKEY_CHALLENGE_TTL_MS,
    // The same authenticator twice would only confuse the list.
    excludeCredentials: user.passkeys.map((p) => ({
      id: p.credentialId,
      transports: p.transports,
    })),
    // Discoverable (so sign-in needs no email) and verified (a PIN, fingerprint or face:
    // the passkey alone then stands for the person, like the emailed code does).
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await issueChallenge(
    db,
    "REGISTER",
    options.challenge,
    sessionBinding(input.sessionId),
    user.id,
    now,
  );
  return { ok: true, options };
}

export interface FinishRegistrationInput extends StartRegistrationInput {
  /** The browser's RegistrationResponseJSON, as a JSON string. */
  response: string;
}

export type FinishRegistrationResult =
  | { ok: true; passkey: Passkey }
  | { ok: false; errors: FieldError[] };

export async function finishPasskeyRegistration(
  db: Database,
  rp: RelyingParty,
  input: FinishRegistrationInput,
  now: Date,
): Promise<FinishRegistrationResult> {
  const errors = nameErrors(input.name);
  if (errors.length) return { ok: false, errors };
  const answer = await spendAnswer<RegistrationResponseJSON>(
    db,
    input.response,
    { purpose: "REGISTER", binding: sessionBinding(input.sessionId), userId: input.userId },
    now,
  );
  if (!answer.ok) return answer;
  const { response, challenge } = answer;
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch {
    return { ok: false, errors: [notVerified("response")] };
  }
  if (!verification.verified) return { ok: false, errors: [notVerified("response")] };
  const info = verification.registrationInfo;
  const existing = await db.prisma.passkey.findUnique({
    where: { credentialId: info.credential.id },
  });
  if (existing) {
    return {
      ok: false,
      errors: [
        {
          field: "response",
          code: "ALREADY_EXISTS",
          message: "This passkey has already been added",
        },
      ],
    };
  }
  const passkey = await db.prisma.passkey.create({
    data: {
      userId: input.userId,
      credentialId: info.credential.id,
      publicKey: isoBase64URL.fromBuffer(info.credential.publicKey),
      counter: BigInt(info.credential.counter),
      transports: response.response.transports ?? [],
      deviceType: info.credentialDeviceType,
      backedUp: info.credentialBackedUp,
      name: input.name.trim(),
    },
  });
  return { ok: true, passkey };
}

// ---- Managing your own passkeys ----

export type ChangeResult = { ok: true; passkey: Passkey } | { ok: false; errors: FieldError[] };

const notYours = (): FieldError => ({
  field: "id",
  code: "NOT_FOUND",
  message: "There is no passkey like this on your account",
});

export async function renamePasskey(
  db: Database,
  input: { userId: string; passkeyId: string; name: string },
): Promise<ChangeResult> {
  const errors = nameErrors(input.name);
  if (errors.length) return { ok: false, errors };
  // Someone else's passkey answers exactly like one that does not exist.
  const { count } = await db.prisma.passkey.updateMany({
    where: { id: input.passkeyId, userId: input.userId },
    data: { name: input.name.trim() },
  });
  if (count === 0) return { ok: false, errors: [notYours()] };
  return {
    ok: true,
    passkey: await db.prisma.passkey.findUniqueOrThrow({ where: { id: input.passkeyId } }),
  };
}

export async function removePasskey(
  db: Database,
  input: { userId: string; passkeyId: string },
): Promise<ChangeResult> {
  const passkey = await db.prisma.passkey.findFirst({
    where: { id: input.passkeyId, userId: input.userId },
  });
  if (!passkey) return { ok: false, errors: [notYours()] };
  await db.prisma.passkey.deleteMany({ where: { id: passkey.id, userId: input.userId } });
  return { ok: true, passkey };
}

// ---- Signing in with a passkey (anonymous) ----

export async function startPasskeySignIn(
  db: Database,
  rp: RelyingParty,
  input: { browserSecret: string },
  now: Date,
): Promise<StartResult<PublicKeyCredentialRequestOptionsJSON>> {
  if (input.browserSecret.length < 32) return { ok: false, errors: [browserUnknown()] };
  // No allowCredentials: the authenticator offers its own passkeys for this site, so we never
  // ask who is signing in, and never say whether an address has any.
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: "required",
    timeout: PASSKEY_CHALLENGE_TTL_MS,
  });
  await issueChallenge(db, "SIGN_IN", options.challenge, hashToken(input.browserSecret), null, now);
  return { ok: true, options };
}

const browserUnknown = (): FieldError => ({
  field: "browserSecret",
  code: "REQUIRED",
  message: "This browser could not be recognised: allow cookies for this site and try again",
});

export type PasskeySignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; errors: FieldError[] };

export async function finishPasskeySignIn(
  db: Database,
  rp: RelyingParty,
  input: { browserSecret: string; response: string },
  now: Date,
): Promise<PasskeySignInResult> {
  if (input.browserSecret.length < 32) return { ok: false, errors: [browserUnknown()] };
  const answer = await spendAnswer<AuthenticationResponseJSON>(
    db,
    input.response,
    { purpose: "SIGN_IN", binding: hashToken(input.browserSecret), userId: null },
    now,
  );
  if (!answer.ok) return answer;
  const { response, challenge } = answer;
  const passkey = await db.prisma.passkey.findUnique({ where: { credentialId: response.id } });
  // The authenticator says whose passkey it is; it must be the account we hold it for.
  const handle = response.response.userHandle;
  if (!passkey || (handle && handle !== userHandleFor(passkey.userId))) {
    return {
      ok: false,
      errors: [
        {
          field: "response",
          code: "PASSKEY_NOT_RECOGNISED",
          message:
            "We do not know this passkey. It may have been removed. Sign in with the code we email you instead",
        },
      ],
    };
  }
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports as never,
      },
    });
  } catch {
    // Includes a signature counter that went backwards: a sign the passkey was copied.
    return { ok: false, errors: [notVerified("response")] };
  }
  if (!verification.verified) return { ok: false, errors: [notVerified("response")] };
  const info = verification.authenticationInfo;
  // Only if nobody else moved the counter meanwhile: two uses of one assertion cannot both win.
  const { count } = await db.prisma.passkey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: {
      counter: BigInt(info.newCounter),
      backedUp: info.credentialBackedUp,
      lastUsedAt: now,
    },
  });
  if (count === 0) return { ok: false, errors: [notVerified("response")] };
  const session = await openSession(db, passkey.userId, "passkey", now);
  return { ok: true, ...session };
}
