import { createCookie } from "react-router";
import { env } from "../env.server";

/**
 * After an invitation is sent the form redirects (so a refresh cannot send a
 * second one) to a confirmation that names the address. The address rides in
 * a one-minute httpOnly cookie scoped to the person's invite page, not in the
 * URL, where it would end up in browser history and request logs.
 *
 * The cookie is scoped to /people, not the invite page's own path: with
 * JavaScript the confirmation is fetched from ".../invite.data" with the ID
 * unescaped ("=="), which a cookie path of ".../invite" (escaped, "%3D%3D")
 * never matches, so the page fell back to the empty form. The person's ID
 * rides in the cookie instead, and only that person's page reads it.
 */
const sentCookie = createCookie("cetr_console_invitation_sent", {
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60,
  secure: env.NODE_ENV === "production",
});

export interface SentInvitation {
  personId: string;
  email: string;
  relationship: string;
  expiresAt: string | null;
}

const PATH = "/people";

export function rememberSent(sent: SentInvitation): Promise<string> {
  return sentCookie.serialize(sent, { path: PATH });
}

/** The invitation just sent for this person, if any. */
export async function readSent(request: Request, personId: string): Promise<SentInvitation | null> {
  const value: unknown = await sentCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { email, relationship, expiresAt, personId: sentFor } = value as Record<string, unknown>;
  if (sentFor !== personId || typeof email !== "string" || typeof relationship !== "string")
    return null;
  return {
    personId,
    email,
    relationship,
    expiresAt: typeof expiresAt === "string" ? expiresAt : null,
  };
}

export function forgetSent(): Promise<string> {
  return sentCookie.serialize("", { path: PATH, maxAge: 0 });
}
