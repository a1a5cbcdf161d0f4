import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { Database } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import type { Mailer } from "../email/mailer.js";
import { openSession } from "./sessions.js";
import { hashToken, newToken } from "./tokens.js";

/**
 * Passwordless sign-in for families (issue 5): an email with a 6-digit code
 * AND a one-time link; either works, once, for 15 minutes, and only in the
 * browser that asked (the portal keeps a random "browser secret" in an
 * httpOnly cookie and sends it with both steps; only its hash is stored).
 *
 * Nothing reveals whether an address has an account: the same work is done
 * and the same answer given either way, and the email is sent after the
 * answer (so SMTP time cannot be measured). Unknown addresses simply get no
 * email; the page tells everyone what to do if nothing arrives.
 */

export const CHALLENGE_TTL_MS = 15 * 60 * 1000;
/** Wrong codes allowed against one challenge before it is spent. */
export const MAX_CODE_ATTEMPTS = 5;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function emailError(field: string, raw: string): FieldError | null {
  const email = normaliseEmail(raw);
  if (!email) return { field, code: "REQUIRED", message: "Enter your email address" };
  if (!EMAIL.test(email) || email.length > 254) {
    return {
      field,
      code: "EMAIL_FORMAT",
      message: "Enter an email address in the right format, like name@example.com",
    };
  }
  return null;
}

/** The code is hashed with its challenge's id, so equal codes never share a hash. */
const codeHash = (challengeId: string, code: string) =>
  createHash("sha256").update(`${challengeId}:${code}`).digest("hex");

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface SignInEmail {
  to: string;
  code: string;
  link: string;
  expiresAt: Date;
  userId: string;
}

export interface RequestSignInInput {
  email: string;
  browserSecret: string;
  /**
   * Where the link points: the portal's page that finishes sign-in. Server
   * configuration, never the caller's: a link to someone else's site would
   * hand them the token.
   */
  linkBase: string;
}

export type RequestSignInResult =
  | { ok: true; expiresAt: Date; deliver: (() => Promise<void>) | null }
  | { ok: false; errors: FieldError[] };

/**
 * Records a challenge and returns what to send. `deliver` is null for an
 * unknown address; the caller answers first and delivers afterwards.
 */
export async function requestSignIn(
  db: Database,
  mailer: Mailer,
  compose: (email: SignInEmail) => Promise<Parameters<Mailer["send"]>[0]>,
  input: RequestSignInInput,
  now: Date,
): Promise<RequestSignInResult> {
  const problem = emailError("email", input.email);
  if (problem) return { ok: false, errors: [problem] };
  if (input.browserSecret.length < 32) {
    return {
      ok: false,
      errors: [
        {
          field: "browserSecret",
          code: "REQUIRED",
          message:
            "This browser could not be recognised: allow cookies for this site and try again",
        },
      ],
    };
  }
  const email = normaliseEmail(input.email);
  const user = await accountFor(db, email, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const link = newToken("session").replace("cetr_s_", "");
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  const challenge = await db.prisma.signInChallenge.create({
    data: {
      email,
      userId: user?.id ?? null,
      codeHash: "pending",
      linkHash: hashToken(link),
      browserHash: hashToken(input.browserSecret),
      expiresAt,
    },
  });
  await db.prisma.signInChallenge.update({
    where: { id: challenge.id },
    data: { codeHash: codeHash(challenge.id, code) },
  });
  const deliver = user
    ? async () =>
        mailer.send(
          await compose({
            to: email,
            code,
            link: `${input.linkBase}?token=${encodeURIComponent(link)}`,
            expiresAt,
            userId: user.id,
          }),
        )
    : null;
  return { ok: true, expiresAt, deliver };
}

/**
 * The account for an address: an existing user, or — when a portal
 * invitation is waiting for this address — a new one, so the invited person
 * can sign in and accept it.
 */
async function accountFor(db: Database, email: string, now: Date) {
  // Both lookups every time, so known and unknown addresses cost the same.
  const [user, invited] = await Promise.all([
    db.prisma.user.findUnique({ where: { email } }),
    db.prisma.accountInvitation.findFirst({
      where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    }),
  ]);
  if (user) return user;
  if (!invited) return null;
  return db.prisma.user.upsert({
    where: { email },
    update: {},
    create: { email, displayName: email.split("@")[0] ?? email },
  });
}

export interface CompleteSignInInput {
  browserSecret: string;
  /** Either the code (with the email it was sent to)… */
  email?: string | null;
  code?: string | null;
  /** …or the link's token. */
  linkToken?: string | null;
}

export type CompleteSignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; errors: FieldError[] };

const invalid = (field: string): FieldError => ({
  field,
  code: "SIGN_IN_CODE_INVALID",
  message:
    field === "code"
      ? "That code is not right, or it has expired. Check the latest email and try again, or ask for a new code"
      : "That link is not right, or it has expired. Ask for a new one",
});

const wrongBrowser = (field: string): FieldError => ({
  field,
  code: "SIGN_IN_WRONG_BROWSER",
  message:
    "Open the link in the same browser, on the same device, where you asked for it — or type the code there",
});

/** Checks a code or link and, if it is good, opens a session (single use). */
export async function completeSignIn(
  db: Database,
  input: CompleteSignInInput,
  now: Date,
): Promise<CompleteSignInResult> {
  const browserHash = hashToken(input.browserSecret);
  const byLink = Boolean(input.linkToken);
  const field = byLink ? "linkToken" : "code";
  let challenge: Awaited<ReturnType<typeof db.prisma.signInChallenge.findFirst>>;
  if (byLink) {
    challenge = await db.prisma.signInChallenge.findUnique({
      where: { linkHash: hashToken(input.linkToken ?? "") },
    });
  } else {
    const code = (input.code ?? "").replace(/\D/g, "");
    if (code.length !== 6) {
      return {
        ok: false,
        errors: [
          { field: "code", code: "REQUIRED", message: "Enter the 6-digit code from the email" },
        ],
      };
    }
    // The newest challenge for this address from this browser: an older email's code no longer works.
    const email = normaliseEmail(input.email ?? "");
    challenge = await db.prisma.signInChallenge.findFirst({
      where: { email, browserHash },
      orderBy: { createdAt: "desc" },
    });
    if (!challenge) {
      // Asked for in another browser? Say so, rather than "wrong code". (Anyone can ask for a
      // code for any address, so this says nothing about whether the address has an account.)
      const elsewhere = await db.prisma.signInChallenge.findFirst({
        where: { email, expiresAt: { gt: now }, usedAt: null },
      });
      if (elsewhere) return { ok: false, errors: [wrongBrowser(field)] };
    }
    if (challenge && !sameHash(challenge.codeHash, codeHash(challenge.id, code))) {
      await db.prisma.signInChallenge.update({
        where: { id: challenge.id },
        data: { attempts: { increment: 1 } },
      });
      return { ok: false, errors: [invalid(field)] };
    }
  }
  if (!challenge || challenge.expiresAt <= now || challenge.attempts >= MAX_CODE_ATTEMPTS) {
    return { ok: false, errors: [invalid(field)] };
  }
  if (challenge.usedAt) {
    return {
      ok: false,
      errors: [
        {
          field,
          code: "SIGN_IN_USED",
          message:
            "This code or link has already been used. If you are not signed in, ask for a new one",
        },
      ],
    };
  }
  if (!sameHash(challenge.browserHash, browserHash))
    return { ok: false, errors: [wrongBrowser(field)] };
  // An unknown address's challenge can never succeed, and says so exactly like a wrong code.
  if (!challenge.userId) return { ok: false, errors: [invalid(field)] };
  const { count } = await db.prisma.signInChallenge.updateMany({
    where: { id: challenge.id, usedAt: null },
    data: { usedAt: now },
  });
  if (count === 0) {
    return {
      ok: false,
      errors: [{ field, code: "SIGN_IN_USED", message: "This code or link has already been used" }],
    };
  }
  const session = await openSession(
    db,
    challenge.userId,
    byLink ? "email-link" : "email-code",
    now,
  );
  return { ok: true, ...session };
}
