import { Button, ErrorSummary, Form, Notice, TextField } from "@cetr/ui";
import { data, redirect } from "react-router";
import { PasskeySignIn } from "../components/PasskeySignIn";
import { TooManyTries } from "../components/TooManyTries";
import { getRequestPreferences } from "../i18n.server";
import { anonymousApi } from "../lib/api.server";
import { usePageText } from "../lib/preferences";
import { safeReturnTo, signInStateFor, storeSignIn } from "../lib/session.server";
import {
  emailErrorKey,
  RequestSignIn,
  type SignInErrorKey,
  tooManyTries,
} from "../lib/sign-in.server";
import type { Route } from "./+types/sign-in";

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const state = await signInStateFor(request);
  // The secret is made here, before the form is posted, so the post only reads it.
  return data(
    {
      returnTo: safeReturnTo(url.searchParams.get("returnTo")),
      ended: url.searchParams.get("ended") === "1",
      email: state.email ?? "",
    },
    { headers: { "Set-Cookie": await storeSignIn(request, state) } },
  );
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const returnTo = safeReturnTo(String(form.get("returnTo") ?? ""));
  // A first visit with scripts and cookies racing can still lack the cookie: make it now.
  const state = await signInStateFor(request);
  const { register, language } = await getRequestPreferences(request);
  const failed = (error: SignInErrorKey) =>
    data({ returnTo, ended: false, email, error }, { status: 400 });
  if (!email) return failed("signIn.errors.emailRequired");
  let result: { sent: boolean; errors: { code: string }[] };
  try {
    result = (
      await anonymousApi.request(RequestSignIn, {
        input: {
          email,
          browserSecret: state.browserSecret,
          format: register === "easyRead" ? "EASY_READ" : "PLAIN",
          language: language.locale,
        },
      })
    ).requestSignIn;
  } catch (error) {
    const limited = tooManyTries(error);
    if (limited) return limited;
    throw error;
  }
  const [first] = result.errors;
  if (first) return failed(emailErrorKey(first.code));
  const next = `/sign-in/code?${new URLSearchParams({ returnTo })}`;
  throw redirect(next, {
    status: 303,
    headers: { "Set-Cookie": await storeSignIn(request, { ...state, email }) },
  });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePageText();
  if (actionData && "tooMany" in actionData) {
    return <TooManyTries retryAfterSeconds={actionData.tooMany.retryAfterSeconds} />;
  }
  const page = actionData ?? loaderData;
  const error = actionData && "error" in actionData ? actionData.error : undefined;
  const title = t("signIn.title");
  return (
    <div className="cetr-readable">
      <title>{`${error ? `${t("common.errorPrefix")} ` : ""}${title} – ${t("common.serviceName")}`}</title>
      {error ? (
        <ErrorSummary
          title={t("common.errorSummaryTitle")}
          errors={[{ fieldId: "email", message: t(error) }]}
        />
      ) : null}
      {page.ended ? (
        <Notice title={t("signIn.endedTitle")} role="status">
          <p>{t("signIn.ended")}</p>
        </Notice>
      ) : null}
      <Form method="post" action="/sign-in">
        <input type="hidden" name="returnTo" value={page.returnTo} />
        <TextField
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck="false"
          label={title}
          isPageHeading
          hint={`${t("signIn.lead")} ${t("signIn.emailHint")}`}
          defaultValue={page.email}
          isInvalid={Boolean(error)}
          errorMessage={error ? t(error) : undefined}
          errorPrefix={t("common.errorPrefix")}
        />
        <Button type="submit">{t("signIn.continue")}</Button>
      </Form>
      <PasskeySignIn returnTo={page.returnTo} />
    </div>
  );
}
