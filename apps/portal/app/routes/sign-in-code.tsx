import { Button, ErrorSummary, Form, TextField } from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { TooManyTries } from "../components/TooManyTries";
import { preferencesAfterSignIn } from "../lib/account-preferences.server";
import { anonymousApi } from "../lib/api.server";
import { usePageText } from "../lib/preferences";
import { readSignIn, safeReturnTo, storeSession, storeSignIn } from "../lib/session.server";
import {
  CompleteSignIn,
  codeErrorKey,
  type SignInErrorKey,
  tooManyTries,
} from "../lib/sign-in.server";
import type { Route } from "./+types/sign-in-code";

/** Without a sign-in in progress there is no address to show: start again. */
async function signInOrStart(request: Request, returnTo: string) {
  const state = await readSignIn(request);
  if (!state?.email) throw redirect(`/sign-in?${new URLSearchParams({ returnTo })}`);
  return { ...state, email: state.email };
}

export async function loader({ request }: Route.LoaderArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"));
  const { email } = await signInOrStart(request, returnTo);
  return { returnTo, email, code: "" };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const returnTo = safeReturnTo(String(form.get("returnTo") ?? ""));
  const state = await signInOrStart(request, returnTo);
  const typed = String(form.get("code") ?? "");
  // People copy "482 913" from the email, or paste it with stray spaces and dashes.
  const code = typed.replace(/[\s-]/g, "");
  const failed = (error: SignInErrorKey) =>
    data({ returnTo, email: state.email, code: typed, error }, { status: 400 });
  if (!code) return failed("signIn.code.errors.required");
  let result: { token: string | null; errors: { code: string }[] };
  try {
    result = (
      await anonymousApi.request(CompleteSignIn, {
        input: { browserSecret: state.browserSecret, email: state.email, code },
      })
    ).completeSignIn;
  } catch (error) {
    const limited = tooManyTries(error);
    if (limited) return limited;
    throw error;
  }
  const [first] = result.errors;
  if (first || !result.token) return failed(codeErrorKey(first?.code ?? ""));
  const headers = new Headers();
  headers.append("Set-Cookie", await storeSession(request, result.token));
  // The account's display choices (language, easy read, text size) come with it (ADR 0019).
  const preferences = await preferencesAfterSignIn(request, result.token);
  if (preferences) headers.append("Set-Cookie", preferences);
  // The sign-in is finished: forget the address, keep the browser's secret for next time.
  headers.append("Set-Cookie", await storeSignIn(request, { ...state, email: null }));
  throw redirect(returnTo, { status: 303, headers });
}

export default function SignInCode({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePageText();
  if (actionData && "tooMany" in actionData) {
    return <TooManyTries retryAfterSeconds={actionData.tooMany.retryAfterSeconds} />;
  }
  const page = actionData ?? loaderData;
  const error = actionData && "error" in actionData ? actionData.error : undefined;
  const title = t("signIn.code.title");
  const again = `/sign-in?${new URLSearchParams({ returnTo: page.returnTo })}`;
  return (
    <div className="cetr-readable">
      <title>{`${error ? `${t("common.errorPrefix")} ` : ""}${title} – ${t("common.serviceName")}`}</title>
      {error ? (
        <ErrorSummary
          title={t("common.errorSummaryTitle")}
          errors={[{ fieldId: "code", message: t(error) }]}
        />
      ) : null}
      <h1>{title}</h1>
      {/* A long address must wrap rather than push the page sideways at 320 px. */}
      <p style={{ overflowWrap: "anywhere" }}>{t("signIn.code.sentTo", { email: page.email })}</p>
      <p>{t("signIn.code.expires")}</p>
      <Form method="post">
        <input type="hidden" name="returnTo" value={page.returnTo} />
        <TextField
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck="false"
          width="10"
          label={t("signIn.code.codeLabel")}
          hint={t("signIn.code.codeHint")}
          defaultValue={page.code}
          isInvalid={Boolean(error)}
          errorMessage={error ? t(error) : undefined}
          errorPrefix={t("common.errorPrefix")}
        />
        <Button type="submit">{t("signIn.code.submit")}</Button>
      </Form>
      <h2>{t("signIn.code.notArrivedHeading")}</h2>
      <Ideas
        plainAs="bullets"
        pictures={{ spam: "letter", wait: "clock", again: "question", coordinator: "advocate" }}
        text={(id) =>
          id === "again" ? (
            <a href={again}>{t("signIn.code.notArrived.again")}</a>
          ) : (
            t(`signIn.code.notArrived.${id}`)
          )
        }
      />
    </div>
  );
}
