import { vi } from "vitest";
import { storeSession, storeSignIn } from "../app/lib/session.server";

/**
 * Calling the portal's route actions and loaders as React Router would, with
 * the API behind them replaced by a stubbed fetch.
 */

/** This browser's sign-in secret, as the sign-in cookie holds it. */
export const secret = "s".repeat(43);
export const sessionToken = `cetr_s_${"t".repeat(43)}`;

/** The `name=value` part of a Set-Cookie header, as the browser sends it back. */
export const cookieFrom = (setCookie: string) => setCookie.split(";")[0] ?? "";

export const signInCookie = async (email: string | null = null) =>
  cookieFrom(
    await storeSignIn(new Request("http://portal.test/"), { browserSecret: secret, email }),
  );

export const sessionCookie = async () =>
  cookieFrom(await storeSession(new Request("http://portal.test/"), sessionToken));

export type Args<F extends (...a: never[]) => unknown> = Parameters<F>[0];
export const args = <T>(request: Request) => ({ request, params: {}, context: {} }) as T;

export const post = (path: string, fields: Record<string, string>, cookie = "") =>
  new Request(`http://portal.test${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { cookie },
  });

/** A fetch stub whose every call answers with this GraphQL `data`. */
export const answer = (data: unknown) => vi.fn().mockResolvedValue(Response.json({ data }));

/** What the portal sent the API in the stubbed fetch's call number `call`. */
export const sent = (fetch: ReturnType<typeof vi.fn>, call = 0) => ({
  body: JSON.parse(String(fetch.mock.calls[call]?.[1]?.body)) as {
    variables: { input: Record<string, unknown> };
  },
  headers: new Headers(fetch.mock.calls[call]?.[1]?.headers as HeadersInit),
});

/** What an action or loader gave back, whether returned or thrown (redirects are thrown). */
export async function settle(run: () => Promise<unknown>) {
  try {
    return await run();
  } catch (thrown) {
    return thrown;
  }
}
