import { createGraphQLClient, GraphQLRequestError } from "@cetr/graphql";
import { redirect } from "react-router";
import { env } from "../env.server";
import { clearSession, readSessionToken } from "./session.server";

/**
 * The one way the portal reaches data: the GraphQL API, from the portal's
 * server. The session token rides in an httpOnly cookie and is forwarded
 * here; browser JavaScript never sees it.
 */
export function apiFor(token: string | null) {
  return createGraphQLClient({
    url: env.API_URL,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** Sign-in and invitations happen before there is a session. */
export const anonymousApi = apiFor(null);

/**
 * The API as the signed-in person, or a redirect to sign in (keeping where
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
  return { request: requestAsUser, token };
}

async function toSignIn(request: Request, ended = false) {
  const url = new URL(request.url);
  const returnTo = request.method === "GET" ? url.pathname + url.search : "/home";
  const params = new URLSearchParams({ returnTo });
  if (ended) params.set("ended", "1");
  return redirect(`/sign-in?${params}`, {
    headers: ended ? { "Set-Cookie": await clearSession(request) } : {},
  });
}

/** How long the API asked us to wait, when it said RATE_LIMITED; null for anything else. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const limited = error.errors.find((e) => e.extensions?.code === "RATE_LIMITED");
  if (!limited && error.status !== 429) return null;
  const seconds = Number(limited?.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}
