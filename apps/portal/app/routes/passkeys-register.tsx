import { requireApi } from "../lib/api.server";
import {
  FinishPasskeyRegistration,
  passkeyErrorKey,
  StartPasskeyRegistration,
} from "../lib/passkeys.server";
import type { Route } from "./+types/passkeys-register";

/**
 * The browser's half of adding a passkey (JavaScript only, by nature): the
 * passkeys page posts here for the options, runs the WebAuthn ceremony, and
 * posts the device's answer back. Both steps go to the API from this server
 * with the session cookie's token; the browser only ever sees options and answers.
 */
export async function action({ request }: Route.ActionArgs) {
  // A post without a session (it ended meanwhile) is redirected to sign in, like any page.
  const api = await requireApi(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const name = String(form.get("name") ?? "");
  if (intent === "options") {
    const { startPasskeyRegistration: result } = await api.request(StartPasskeyRegistration, {
      input: { name },
    });
    const [error] = result.errors;
    if (error || !result.optionsJSON) {
      return Response.json({ error: passkeyErrorKey(error?.code ?? "") }, { status: 400 });
    }
    return Response.json({ options: JSON.parse(result.optionsJSON) as unknown });
  }
  if (intent === "finish") {
    const { finishPasskeyRegistration: result } = await api.request(FinishPasskeyRegistration, {
      input: { name, response: String(form.get("response") ?? "") },
    });
    const [error] = result.errors;
    if (error || !result.passkey) {
      return Response.json({ error: passkeyErrorKey(error?.code ?? "") }, { status: 400 });
    }
    return Response.json({ added: result.passkey.name });
  }
  return Response.json({ error: "passkeys.errors.notVerified" }, { status: 400 });
}
