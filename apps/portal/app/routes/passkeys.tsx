import { Button, ErrorSummary, Form, Notice, TextField } from "@cetr/ui";
import type { startRegistration } from "@simplewebauthn/browser";
import { type FormEvent, useEffect, useState } from "react";
import { data, useRevalidator } from "react-router";
import { Ideas } from "../components/Ideas";
import { requireApi } from "../lib/api.server";
import { dateInWords } from "../lib/dates";
import {
  MyPasskeys,
  type PasskeyErrorKey,
  passkeyErrorKey,
  RemovePasskey,
  RenamePasskey,
} from "../lib/passkeys.server";
import { usePageText, usePreferences } from "../lib/preferences";
import { loadWebAuthn, webAuthnAvailable } from "../lib/webauthn";
import type { Route } from "./+types/passkeys";

/**
 * Your passkeys (issue 5, ADR 0011): see, rename and remove them with plain
 * forms (no JavaScript needed); adding one needs the browser's WebAuthn, so
 * that part appears only once scripts run and the browser can make passkeys.
 * The emailed code always works, and the page says so.
 */

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { viewer } = await api.request(MyPasskeys);
  return {
    passkeys: viewer.passkeys.map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.createdAt as string,
      lastUsedAt: p.lastUsedAt as string | null,
    })),
  };
}

type Outcome =
  | { notice: { kind: "removed" | "renamed"; name: string } }
  | { renameError: { id: string; error: PasskeyErrorKey; value: string } }
  | { removeError: { id: string; error: PasskeyErrorKey } };

export async function action({ request }: Route.ActionArgs) {
  const api = await requireApi(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const id = String(form.get("id") ?? "");
  if (intent === "rename") {
    const name = String(form.get("name") ?? "");
    const { renamePasskey: result } = await api.request(RenamePasskey, { input: { id, name } });
    const [error] = result.errors;
    if (error || !result.passkey) {
      return data<Outcome>(
        { renameError: { id, error: passkeyErrorKey(error?.code ?? ""), value: name } },
        { status: 400 },
      );
    }
    return data<Outcome>({ notice: { kind: "renamed", name: result.passkey.name } });
  }
  const { removePasskey: result } = await api.request(RemovePasskey, { input: { id } });
  const [error] = result.errors;
  if (error || !result.passkey) {
    return data<Outcome>(
      { removeError: { id, error: passkeyErrorKey(error?.code ?? "") } },
      { status: 400 },
    );
  }
  return data<Outcome>({ notice: { kind: "removed", name: result.passkey.name } });
}

/** What the browser can do: unknown until scripts run (and so, without JavaScript, forever). */
type Support = "unknown" | "yes" | "no";

export default function Passkeys({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePageText();
  const { language } = usePreferences();
  const [support, setSupport] = useState<Support>("unknown");
  const [added, setAdded] = useState<string | null>(null);
  const [addError, setAddError] = useState<{ key: PasskeyErrorKey; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const revalidator = useRevalidator();

  useEffect(() => setSupport(webAuthnAvailable() ? "yes" : "no"), []);

  const outcome = actionData as Outcome | undefined;
  const renameError = outcome && "renameError" in outcome ? outcome.renameError : null;
  const removeError = outcome && "removeError" in outcome ? outcome.removeError : null;
  const notice = outcome && "notice" in outcome ? outcome.notice : null;
  const errors = [
    ...(addError ? [{ fieldId: "passkey-name", message: t(addError.key) }] : []),
    ...(renameError ? [{ fieldId: `name-${renameError.id}`, message: t(renameError.error) }] : []),
    ...(removeError
      ? [{ fieldId: `remove-${removeError.id}`, message: t(removeError.error) }]
      : []),
  ];
  const title = t("passkeys.title");
  const date = (iso: string) => dateInWords(iso, language.locale);

  /** The WebAuthn ceremony: options from our server, the device's answer back to it. */
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    const fail = (key: PasskeyErrorKey) =>
      setAddError((previous) => ({ key, attempt: (previous?.attempt ?? 0) + 1 }));
    setBusy(true);
    setAdded(null);
    try {
      const post = async (fields: Record<string, string>) => {
        const response = await fetch("/passkeys/register", {
          method: "POST",
          body: new URLSearchParams(fields),
        });
        return (await response.json()) as {
          options?: Parameters<typeof startRegistration>[0]["optionsJSON"];
          added?: string;
          error?: PasskeyErrorKey;
        };
      };
      const [started, webAuthn] = await Promise.all([
        post({ intent: "options", name }),
        loadWebAuthn(),
      ]);
      if (!started.options) return fail(started.error ?? "passkeys.errors.notVerified");
      let answer: Awaited<ReturnType<typeof startRegistration>>;
      try {
        answer = await webAuthn.startRegistration({ optionsJSON: started.options });
      } catch (error) {
        const name = (error as { name?: string }).name;
        return fail(
          name === "InvalidStateError"
            ? "passkeys.errors.alreadyAdded"
            : "passkeys.errors.cancelled",
        );
      }
      const finished = await post({ intent: "finish", name, response: JSON.stringify(answer) });
      if (!finished.added) return fail(finished.error ?? "passkeys.errors.notVerified");
      setAddError(null);
      setAdded(finished.added);
      (event.target as HTMLFormElement).reset();
      await revalidator.revalidate();
    } catch {
      fail("passkeys.errors.notVerified");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cetr-readable">
      <title>{`${errors.length ? `${t("common.errorPrefix")} ` : ""}${title} – ${t("common.serviceName")}`}</title>
      {errors.length ? (
        <ErrorSummary
          key={addError?.attempt ?? 0}
          title={t("common.errorSummaryTitle")}
          errors={errors}
        />
      ) : null}
      {added ? (
        <Notice title={t("passkeys.addedTitle")} variant="success" role="status">
          <p>{t("passkeys.added")}</p>
        </Notice>
      ) : null}
      {notice ? (
        <Notice
          title={t(notice.kind === "removed" ? "passkeys.removedTitle" : "passkeys.renamedTitle")}
          variant="success"
          role="status"
        >
          <p>
            {t(notice.kind === "removed" ? "passkeys.removed" : "passkeys.renamed", {
              name: notice.name,
            })}
          </p>
        </Notice>
      ) : null}
      <h1>{title}</h1>
      <Ideas
        pictures={{ what: "nameBadge", optional: "letter", safe: "safe" }}
        text={(id) => t(`passkeys.intro.${id}`)}
      />

      <h2>{t("passkeys.addHeading")}</h2>
      {support === "yes" ? (
        <Form method="post" onSubmit={add}>
          <TextField
            id="passkey-name"
            name="name"
            autoComplete="off"
            label={t("passkeys.nameLabel")}
            hint={t("passkeys.nameHint")}
            width="20"
            isInvalid={Boolean(addError)}
            errorMessage={addError ? t(addError.key) : undefined}
            errorPrefix={t("common.errorPrefix")}
          />
          <Button type="submit" isDisabled={busy}>
            {t("passkeys.addSubmit")}
          </Button>
          <p role="status" aria-live="polite">
            {busy ? t("passkeys.working") : ""}
          </p>
        </Form>
      ) : (
        <p>{t(support === "no" ? "passkeys.notSupported" : "passkeys.needsJavaScript")}</p>
      )}

      <h2>{t("passkeys.listHeading")}</h2>
      {loaderData.passkeys.length === 0 ? (
        <p>{t("passkeys.none")}</p>
      ) : (
        <ul className="cetr-list-plain">
          {loaderData.passkeys.map((passkey) => {
            const renaming = renameError?.id === passkey.id ? renameError : null;
            const removing = removeError?.id === passkey.id ? removeError : null;
            return (
              <li key={passkey.id}>
                <h3 style={{ overflowWrap: "anywhere" }}>{passkey.name}</h3>
                <p>
                  {t("passkeys.addedOn", { date: date(passkey.createdAt) })}{" "}
                  {passkey.lastUsedAt
                    ? t("passkeys.lastUsedOn", { date: date(passkey.lastUsedAt) })
                    : t("passkeys.neverUsed")}
                </p>
                <details open={Boolean(renaming)}>
                  <summary>{t("passkeys.renameSummary", { name: passkey.name })}</summary>
                  <Form method="post">
                    <input type="hidden" name="intent" value="rename" />
                    <input type="hidden" name="id" value={passkey.id} />
                    <TextField
                      id={`name-${passkey.id}`}
                      name="name"
                      autoComplete="off"
                      label={t("passkeys.renameLabel")}
                      width="20"
                      defaultValue={renaming ? renaming.value : passkey.name}
                      isInvalid={Boolean(renaming)}
                      errorMessage={renaming ? t(renaming.error) : undefined}
                      errorPrefix={t("common.errorPrefix")}
                    />
                    <Button type="submit" variant="secondary">
                      {t("passkeys.renameSubmit")}
                    </Button>
                  </Form>
                </details>
                <Form method="post" style={{ marginTop: "1.5rem" }}>
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={passkey.id} />
                  <p id={`remove-hint-${passkey.id}`}>{t("passkeys.removeHint")}</p>
                  {removing ? (
                    <p className="cetr-error-message">
                      <span className="cetr-visually-hidden">{t("common.errorPrefix")} </span>
                      {t(removing.error)}
                    </p>
                  ) : null}
                  <Button
                    id={`remove-${passkey.id}`}
                    type="submit"
                    variant="warning"
                    aria-describedby={`remove-hint-${passkey.id}`}
                  >
                    {t("passkeys.remove", { name: passkey.name })}
                  </Button>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
