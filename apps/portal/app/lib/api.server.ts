import { createSessionApi, GraphQLRequestError } from "@cetr/graphql";
import { currentClientAddress } from "@cetr/web-server";
import { env } from "../env.server";
import { clearSession, readSessionToken } from "./session.server";

/**
 * The one way the portal reaches data: the GraphQL API, from the portal's
 * server, as the signed-in person (@cetr/graphql's session API).
 */
export const { apiFor, requireApi } = createSessionApi({
  url: env.API_URL,
  readToken: readSessionToken,
  clearSession,
  // The browser's address (set per request by @cetr/web-server), for the API's per-IP limits.
  forwardedFor: currentClientAddress,
  homePath: "/home",
});

/** Sign-in and invitations happen before there is a session. */
export const anonymousApi = apiFor(null);

/** How long the API asked us to wait, when it said RATE_LIMITED; null for anything else. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const limited = error.errors.find((e) => e.extensions?.code === "RATE_LIMITED");
  if (!limited && error.status !== 429) return null;
  const seconds = Number(limited?.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}
