import { Notice } from "@cetr/ui";
import { data, redirect } from "react-router";
import { TooManyTries } from "../components/TooManyTries";
import { preferencesAfterSignIn } from "../lib/account-preferences.server";
import { anonymousApi } from "../lib/api.server";
import { usePageText } from "../lib/preferences";
import { readSignIn, storeSession, storeSignIn } from "../lib/session.server";
import { CompleteSignIn, tooManyTries } from "../lib/sign-in.server";
import type { Route } from "./+types/sign-in-link";

/**
 * The email's link. It signs in on GET because that is what a link does; the
 * token is single-use and bound to this browser's secret, so a mail scanner
 * that follows it gets nothing and cannot spend it for the person.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const linkToken = new URL(request.url).searchParams.get("token") ?? "";
  const state = await readSignIn(request);
  // No secret here means a different browser from the one that asked.
  if (!linkToken || !state) return data({ reason: "other" as const }, { status: 400 });
  let result: { token: string | null; errors: { code: string }[] };
  try {
    result = (
      await anonymousApi.request(CompleteSignIn, {
        input: { browserSecret: state.browserSecret, linkToken },
      })
    ).completeSignIn;
  } catch (error) {
    const limited = tooManyTries(error);
    if (limited) return limited;
    throw error;
  }
  if (!result.token) {
    const used = result.errors.some((e) => e.code === "SIGN_IN_USED");
    return data({ reason: used ? ("used" as const) : ("other" as const) }, { status: 400 });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await storeSession(request, result.token));
  // The account's display choices (language, easy read, text size) come with it (ADR 0019).
  const preferences = await preferencesAfterSignIn(request, result.token);
  if (preferences) headers.append("Set-Cookie", preferences);
  headers.append("Set-Cookie", await storeSignIn(request, { ...state, email: null }));
  throw redirect("/home", { headers });
}

export default function SignInLink({ loaderData }: Route.ComponentProps) {
  const { t } = usePageText();
  if ("tooMany" in loaderData) {
    return <TooManyTries retryAfterSeconds={loaderData.tooMany.retryAfterSeconds} />;
  }
  const title = t("signIn.link.title");
  return (
    <div className="cetr-readable">
      <title>{`${t("common.errorPrefix")} ${title} – ${t("common.serviceName")}`}</title>
      <h1>{title}</h1>
      <p>
        {loaderData.reason === "used" ? t("signIn.link.reasonUsed") : t("signIn.link.reasonOther")}
      </p>
      <Notice title={t("signIn.link.whatToDoTitle")}>
        <p>{t("signIn.link.whatToDo")}</p>
      </Notice>
      <p>
        <a href="/sign-in">{t("signIn.link.askAgain")}</a>
      </p>
    </div>
  );
}
