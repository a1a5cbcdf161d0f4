import { graphql } from "@cetr/graphql";
import { data, redirect } from "react-router";
import { anonymousApi } from "../lib/api.server";
import { safeReturnTo, storeSession } from "../lib/session.server";
import { publicUrl, signInPageData } from "../lib/sign-in.server";
import { SignInPage } from "../lib/sign-in-page";
import type { Route } from "./+types/sign-in-oidc-callback";

const CompleteOidcSignIn = graphql(`
  mutation CompleteOidcSignIn($input: CompleteOidcSignInInput!) {
    completeOidcSignIn(input: $input) {
      token
      returnTo
      errors { message }
    }
  }
`);

/**
 * Where the identity provider sends the browser back. The API checks the
 * state (once only), exchanges the code and opens a session; the console only
 * keeps the token in its httpOnly cookie. A failure shows the sign-in page
 * with the reason, so trying again is one click.
 */
export async function loader({ request }: Route.LoaderArgs) {
  let message = "The sign-in did not complete: please try again";
  let returnTo = "/";
  try {
    const { completeOidcSignIn } = await anonymousApi.request(CompleteOidcSignIn, {
      input: { callbackUrl: publicUrl(request) },
    });
    const { token } = completeOidcSignIn;
    if (token) {
      throw redirect(safeReturnTo(completeOidcSignIn.returnTo), {
        status: 303,
        headers: { "Set-Cookie": await storeSession(token) },
      });
    }
    message = completeOidcSignIn.errors[0]?.message ?? message;
    returnTo = safeReturnTo(completeOidcSignIn.returnTo);
  } catch (error) {
    if (error instanceof Response) throw error;
    console.error("completing the organisation sign-in failed", error);
  }
  return data(
    { ...(await signInPageData(returnTo)), error: { fieldId: "oidc-sign-in", message } },
    // The page itself is fine; the sign-in failed. No caching: the URL carried a one-time code.
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

export default function SignInOidcCallback({ loaderData }: Route.ComponentProps) {
  return <SignInPage {...loaderData} />;
}
