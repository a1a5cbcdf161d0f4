import { createSessionApi } from "@cetr/graphql";
import { currentClientAddress } from "@cetr/web-server";
import { env } from "../env.server";
import { clearSession, readSessionToken } from "./session.server";

/**
 * The one way the console reaches data: the GraphQL API, from the console's
 * server, as the signed-in member of staff (@cetr/graphql's session API).
 */
export const { apiFor, requireApi } = createSessionApi({
  url: env.API_URL,
  readToken: readSessionToken,
  clearSession: () => clearSession(),
  // The browser's address (set per request by @cetr/web-server), for the API's per-IP limits.
  forwardedFor: currentClientAddress,
  homePath: "/",
});

/** Anonymous calls: the sign-in page's list of demo accounts. */
export const anonymousApi = apiFor(null);
