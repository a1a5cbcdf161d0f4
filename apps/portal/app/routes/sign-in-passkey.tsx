import { preferencesAfterSignIn } from "../lib/account-preferences.server";
import { anonymousApi, retryAfterSeconds } from "../lib/api.server";
import { FinishPasskeySignIn, StartPasskeySignIn, signInErrorKey } from "../lib/passkeys.server";
import {
  readSignIn,
  safeReturnTo,
  signInStateFor,
  storeSession,
  storeSignIn,
} from "../lib/session.server";
import type { Route } from "./+types/sign-in-passkey";

/**
 * Signing in with a passkey (ADR 0011), for the button on /sign-in that only
 * appears when JavaScript and WebAuthn are there. The API ties the challenge
 * to this browser's secret (the same httpOnly cookie the emailed code uses)
 * and the session token goes straight into the session cookie: browser
 * JavaScript gets options, gives back the device's answer, and learns only
 * where to go next.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  try {
    if (intent === "options") {
      const state = await signInStateFor(request);
      const { startPasskeySignIn: result } = await anonymousApi.request(StartPasskeySignIn, {
        input: { browserSecret: state.browserSecret },
      });
      if (result.errors.length || !result.optionsJSON) {
        return Response.json({ error: "passkeys.signIn.errors.failed" }, { status: 400 });
      }
      return Response.json(
        { options: JSON.parse(result.optionsJSON) as unknown },
        { headers: { "Set-Cookie": await storeSignIn(request, state) } },
      );
    }
    if (intent === "finish") {
      const state = await readSignIn(request);
      if (!state) return Response.json({ error: "passkeys.signIn.errors.failed" }, { status: 400 });
      const { finishPasskeySignIn: result } = await anonymousApi.request(FinishPasskeySignIn, {
        input: { browserSecret: state.browserSecret, response: String(form.get("response") ?? "") },
      });
      const [error] = result.errors;
      if (error || !result.token) {
        return Response.json({ error: signInErrorKey(error?.code ?? "") }, { status: 400 });
      }
      const headers = new Headers();
      headers.append("Set-Cookie", await storeSession(request, result.token));
      // The account's display choices (language, easy read, text size) come with it (ADR 0019).
      const preferences = await preferencesAfterSignIn(request, result.token);
      if (preferences) headers.append("Set-Cookie", preferences);
      // Any code sign-in half done in this browser is finished too: forget its address.
      headers.append("Set-Cookie", await storeSignIn(request, { ...state, email: null }));
      return Response.json(
        { redirectTo: safeReturnTo(String(form.get("returnTo") ?? "")) },
        { headers },
      );
    }
  } catch (error) {
    const seconds = retryAfterSeconds(error);
    if (seconds !== null) {
      return Response.json(
        { error: "passkeys.signIn.errors.tooMany" },
        { status: 429, headers: { "Retry-After": String(seconds) } },
      );
    }
    throw error;
  }
  return Response.json({ error: "passkeys.signIn.errors.failed" }, { status: 400 });
}
