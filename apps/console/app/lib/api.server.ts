import { createSessionApi } from "@cetr/graphql";
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
  homePath: "/people",
});

/** Anonymous calls: the sign-in page's list of demo accounts. */
export const anonymousApi = apiFor(null);
