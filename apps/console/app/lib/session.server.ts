import { createCookie } from "react-router";
import { env } from "../env.server";

/**
 * The session cookie: the API's session token, httpOnly (no script can read
 * it), SameSite=Lax (not sent on cross-site posts), Secure outside localhost.
 * It lasts as long as the browser session; the API enforces idle and
 * absolute timeouts itself.
 */
const sessionCookie = createCookie("cetr_console_session", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: env.NODE_ENV === "production",
});

export async function readSessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.startsWith("cetr_s_") ? value : null;
}

export function storeSession(token: string): Promise<string> {
  return sessionCookie.serialize(token);
}

export function clearSession(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** Only same-site paths: a returnTo of "//evil.example" or "https://…" goes home instead. */
export function safeReturnTo(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : "/";
}
