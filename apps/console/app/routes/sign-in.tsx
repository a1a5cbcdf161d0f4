import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { data, redirect } from "react-router";
import { anonymousApi } from "../lib/api.server";
import { safeReturnTo, storeSession } from "../lib/session.server";
import { signInPageData } from "../lib/sign-in.server";
import { SignInPage } from "../lib/sign-in-page";
import type { Route } from "./+types/sign-in";

const DemoSignIn = graphql(`
  mutation DemoSignIn($input: DemoSignInInput!) {
    demoSignIn(input: $input) { token }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return signInPageData(
    safeReturnTo(url.searchParams.get("returnTo")),
    url.searchParams.get("ended") === "1",
  );
}

/** The demo sign-in (organisation sign-in posts to /sign-in/oidc). */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const returnTo = safeReturnTo(String(form.get("returnTo") ?? ""));
  const failed = async (message: string) =>
    data(
      { ...(await signInPageData(returnTo)), error: { fieldId: "email", message } },
      { status: 400 },
    );
  if (!email) return failed("Choose who to sign in as");
  let token: string;
  try {
    token = (await anonymousApi.request(DemoSignIn, { input: { email } })).demoSignIn.token;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || error.code !== "BAD_USER_INPUT") throw error;
    return failed("Choose one of the demo accounts listed");
  }
  throw redirect(returnTo, { status: 303, headers: { "Set-Cookie": await storeSession(token) } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  return <SignInPage {...(actionData ?? loaderData)} />;
}
