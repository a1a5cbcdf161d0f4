import { randomBytes } from "node:crypto";
import { createCookie } from "react-router";
import { env } from "../env.server";

/**
 * Secure follows the request (see COOKIE_SECURE): always on behind https in
 * production, off for local http runs so they still work.
 */
function secureFor(request: Request): boolean {
  if (env.COOKIE_SECURE !== "auto") return env.COOKIE_SECURE === "true";
  return env.NODE_ENV === "production" || new URL(request.url).protocol === "https:";
}

/**
 * The API's session token, httpOnly (no script can read it) and SameSite=Lax
 * (not sent on cross-site posts). It lasts as long as the browser session; the
 * API enforces idle and absolute timeouts itself.
 */
const sessionCookie = createCookie("cetr_portal_session", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
});

/**
 * The sign-in in progress in this browser: a random secret the API ties the
 * code and link to (so a code read over someone's shoulder is useless on
 * another device) and the address the code went to (kept out of the URL, so
 * it never lands in logs or browser history).
 */
const signInCookie = createCookie("cetr_portal_sign_in", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  // Longer than the code's 15 minutes, so a slow email still finds the secret here.
  maxAge: 60 * 60,
});

export interface SignInState {
  browserSecret: string;
  email: string | null;
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.startsWith("cetr_s_") ? value : null;
}

export function storeSession(request: Request, token: string): Promise<string> {
  return sessionCookie.serialize(token, { secure: secureFor(request) });
}

export function clearSession(request: Request): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0, secure: secureFor(request) });
}

/** 32 random bytes: 43 base64url characters, above the API's 32-character minimum. */
export function newBrowserSecret(): string {
  return randomBytes(32).toString("base64url");
}

export async function readSignIn(request: Request): Promise<SignInState | null> {
  const value: unknown = await signInCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { browserSecret, email } = value as Record<string, unknown>;
  if (typeof browserSecret !== "string" || browserSecret.length < 32) return null;
  return { browserSecret, email: typeof email === "string" ? email : null };
}

export function storeSignIn(request: Request, state: SignInState): Promise<string> {
  return signInCookie.serialize(state, { secure: secureFor(request) });
}

/** The existing secret, or a new one: a second request from the same browser keeps it. */
export async function signInStateFor(request: Request): Promise<SignInState> {
  return (await readSignIn(request)) ?? { browserSecret: newBrowserSecret(), email: null };
}

/** Only same-site paths: a returnTo of "//evil.example" or "https://…" goes home instead. */
export function safeReturnTo(value: string | null | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : "/home";
}
