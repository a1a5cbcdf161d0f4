import { Button } from "@cetr/ui";
import type { startAuthentication } from "@simplewebauthn/browser";
import { useEffect, useState } from "react";
import type { PasskeySignInErrorKey } from "../lib/passkeys.server";
import { usePageText } from "../lib/preferences";
import { loadWebAuthn, webAuthnAvailable } from "../lib/webauthn";

/**
 * "Sign in with a passkey" (ADR 0011): progressive enhancement on /sign-in.
 * Nothing is rendered on the server or without WebAuthn, so the email form
 * stays the page's one way in until the browser shows it can do more.
 */
export function PasskeySignIn({ returnTo }: { returnTo: string }) {
  const { t } = usePageText();
  const [available, setAvailable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PasskeySignInErrorKey | null>(null);

  useEffect(() => setAvailable(webAuthnAvailable()), []);
  if (!available) return null;

  async function signIn() {
    setBusy(true);
    setError(null);
    try {
      const post = async (fields: Record<string, string>) => {
        const response = await fetch("/sign-in/passkey", {
          method: "POST",
          body: new URLSearchParams(fields),
        });
        return (await response.json()) as {
          options?: Parameters<typeof startAuthentication>[0]["optionsJSON"];
          redirectTo?: string;
          error?: PasskeySignInErrorKey;
        };
      };
      const [started, webAuthn] = await Promise.all([post({ intent: "options" }), loadWebAuthn()]);
      if (!started.options) return setError(started.error ?? "passkeys.signIn.errors.failed");
      let answer: Awaited<ReturnType<typeof startAuthentication>>;
      try {
        answer = await webAuthn.startAuthentication({ optionsJSON: started.options });
      } catch {
        return setError("passkeys.signIn.errors.cancelled");
      }
      const finished = await post({ intent: "finish", returnTo, response: JSON.stringify(answer) });
      if (!finished.redirectTo) return setError(finished.error ?? "passkeys.signIn.errors.failed");
      // A full page load, so every loader (the header's "signed in" too) reads the new session.
      window.location.assign(finished.redirectTo);
    } catch {
      setError("passkeys.signIn.errors.failed");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="passkey-sign-in-heading">
      <h2 id="passkey-sign-in-heading">{t("passkeys.signIn.heading")}</h2>
      <p>{t("passkeys.signIn.hint")}</p>
      {error ? (
        <p className="cetr-error-message" role="alert">
          <span className="cetr-visually-hidden">{t("common.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
      <Button variant="secondary" onPress={signIn} isDisabled={busy}>
        {t("passkeys.signIn.button")}
      </Button>
      <p role="status">{busy ? t("passkeys.signIn.working") : ""}</p>
    </section>
  );
}
