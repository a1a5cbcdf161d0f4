import { graphql } from "@cetr/graphql";
import { data, redirect } from "react-router";
import { anonymousApi } from "../lib/api.server";
import { safeReturnTo } from "../lib/session.server";
import { OIDC_REDIRECT_URI, signInPageData } from "../lib/sign-in.server";
import { SignInPage } from "../lib/sign-in-page";
import type { Route } from "./+types/sign-in-oidc";

const StartOidcSignIn = graphql(`
  mutation StartOidcSignIn($input: StartOidcSignInInput!) {
    startOidcSignIn(input: $input) {
      authorizationUrl
      errors { message }
    }
  }
`);

/** A plain GET here (a refresh after a failure) just shows the sign-in page. */
export async function loader({ request }: Route.LoaderArgs) {
  return signInPageData(safeReturnTo(new URL(request.url).searchParams.get("returnTo")));
}

/**
 * "Sign in with …": the API records state, nonce and PKCE verifier and gives
 * the provider's address; the browser goes there (303, so it is a GET).
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const returnTo = safeReturnTo(String(form.get("returnTo") ?? ""));
  let message = "The sign-in service cannot be reached: please try again later";
  try {
    const { startOidcSignIn } = await anonymousApi.request(StartOidcSignIn, {
      input: { redirectUri: OIDC_REDIRECT_URI, returnTo },
    });
    if (startOidcSignIn.authorizationUrl) {
      throw redirect(startOidcSignIn.authorizationUrl, { status: 303 });
    }
    message = startOidcSignIn.errors[0]?.message ?? message;
  } catch (error) {
    if (error instanceof Response) throw error;
    console.error("starting the organisation sign-in failed", error);
  }
  return data(
    { ...(await signInPageData(returnTo)), error: { fieldId: "oidc-sign-in", message } },
    { status: 400 },
  );
}

export default function SignInOidc({ loaderData, actionData }: Route.ComponentProps) {
  return <SignInPage {...(actionData ?? loaderData)} />;
}
