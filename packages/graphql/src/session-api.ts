import { createGraphQLClient, GraphQLRequestError } from "./client.js";

export interface SessionApiOptions {
  /** The API's /graphql URL. */
  url: string;
  /** The session token from the request's httpOnly cookie, or null. */
  readToken(request: Request): Promise<string | null>;
  /** A Set-Cookie value that forgets the session (used when the API says it has ended). */
  clearSession(request: Request): Promise<string>;
  /** Where a signed-out form post goes back to after signing in (a GET goes back to itself). */
  homePath: string;
  /**
   * The address of the browser being served, or null. Sent to the API as
   * X-Forwarded-For so its per-IP limits count browsers, not this server (the
   * API believes it only from a proxy it trusts: TRUST_PROXY). Give the
   * address this app resolved under its own trust setting, never a header
   * copied from the browser, or a browser could choose its own address.
   */
  forwardedFor?: () => string | null;
}

/**
 * How a web app's server calls the API for the person signed in to it — the
 * portal and the console both. The token is forwarded from the cookie, never
 * given to browser JavaScript. No session, or one the API says has ended,
 * throws a redirect to /sign-in that remembers where they were going (a
 * thrown Response, which React Router's loaders and actions pass on).
 */
export function createSessionApi(options: SessionApiOptions) {
  // Read per request: one client (e.g. the anonymous one) serves many browsers.
  const headersFor = (token: string | null) => (): Record<string, string> => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const address = options.forwardedFor?.();
    if (address) headers["x-forwarded-for"] = address;
    return headers;
  };
  const apiFor = (token: string | null) =>
    createGraphQLClient({ url: options.url, headers: headersFor(token) });

  async function toSignIn(request: Request, ended: boolean): Promise<Response> {
    const url = new URL(request.url);
    const returnTo = request.method === "GET" ? url.pathname + url.search : options.homePath;
    const params = new URLSearchParams({ returnTo });
    if (ended) params.set("ended", "1");
    const headers = new Headers({ Location: `/sign-in?${params}` });
    if (ended) headers.set("Set-Cookie", await options.clearSession(request));
    return new Response(null, { status: 302, headers });
  }

  async function requireApi(request: Request) {
    const token = await options.readToken(request);
    if (!token) throw await toSignIn(request, false);
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

  return { apiFor, requireApi };
}
