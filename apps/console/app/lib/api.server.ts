import { createGraphQLClient, GraphQLRequestError } from "@cetr/graphql";
import { redirect } from "react-router";
import { env } from "../env.server";
import { clearSession, readSessionToken } from "./session.server";

/**
 * The one way the console reaches data: the GraphQL API, from the console's
 * server, as the signed-in member of staff (their session token rides in an
 * httpOnly cookie and is forwarded here; browser JavaScript never sees it).
 */
export function apiFor(token: string | null) {
  return createGraphQLClient({
    url: env.API_URL,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** Anonymous calls: the sign-in page's list of demo accounts. */
export const anonymousApi = apiFor(null);

/**
 * The API as the signed-in user, or a redirect to sign in (keeping where
 * they were going) when there is no session or it has ended.
 */
export async function requireApi(request: Request) {
  const token = await readSessionToken(request);
  if (!token) throw await toSignIn(request);
  const client = apiFor(token);
  const send = client.request as (...args: unknown[]) => Promise<unknown>;
  // Same signature as the client's (typed per document); only adds "session ended → sign in".
  const requestAsUser = (async (...args: unknown[]) => {
    try {
      return await send(...args);
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED") {
        throw await toSignIn(request, true);
      }
      throw error;
    }
  }) as typeof client.request;
  return { request: requestAsUser };
}

async function toSignIn(request: Request, ended = false) {
  const url = new URL(request.url);
  const returnTo = request.method === "GET" ? url.pathname + url.search : "/people";
  const params = new URLSearchParams({ returnTo });
  if (ended) params.set("ended", "1");
  return redirect(`/sign-in?${params}`, {
    headers: ended ? { "Set-Cookie": await clearSession() } : {},
  });
}
