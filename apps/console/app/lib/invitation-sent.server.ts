import { createCookie } from "react-router";
import { env } from "../env.server";

/**
 * After an invitation is sent the form redirects (so a refresh cannot send a
 * second one) to a confirmation that names the address. The address rides in
 * a one-minute httpOnly cookie scoped to the person's invite page, not in the
 * URL, where it would end up in browser history and request logs.
 */
const sentCookie = createCookie("cetr_console_invitation_sent", {
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60,
  secure: env.NODE_ENV === "production",
});

export interface SentInvitation {
  email: string;
  relationship: string;
  expiresAt: string | null;
}

export function rememberSent(path: string, sent: SentInvitation): Promise<string> {
  return sentCookie.serialize(sent, { path });
}

export async function readSent(request: Request): Promise<SentInvitation | null> {
  const value: unknown = await sentCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { email, relationship, expiresAt } = value as Record<string, unknown>;
  if (typeof email !== "string" || typeof relationship !== "string") return null;
  return { email, relationship, expiresAt: typeof expiresAt === "string" ? expiresAt : null };
}

export function forgetSent(path: string): Promise<string> {
  return sentCookie.serialize("", { path, maxAge: 0 });
}
