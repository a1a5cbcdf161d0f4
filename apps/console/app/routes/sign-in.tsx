import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, ErrorSummary, Notice, RadioGroup } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { anonymousApi } from "../lib/api.server";
import { pageTitle } from "../lib/format";
import { safeReturnTo, storeSession } from "../lib/session.server";
import type { Route } from "./+types/sign-in";

const DemoAccounts = graphql(`
  query DemoAccounts {
    demoAccounts { email displayName description }
  }
`);

const DemoSignIn = graphql(`
  mutation DemoSignIn($input: DemoSignInInput!) {
    demoSignIn(input: $input) { token }
  }
`);

/** Staff accounts only: the console is for staff (family accounts use the portal). */
async function staffDemoAccounts() {
  try {
    const { demoAccounts } = await anonymousApi.request(DemoAccounts);
    return demoAccounts.filter(
      (a) => !/young person|parent carer|other family|advocate/.test(a.description),
    );
  } catch (error) {
    // Off in production: the page then explains that organisation sign-in is needed.
    if (error instanceof GraphQLRequestError && error.code === "FORBIDDEN") return null;
    throw error;
  }
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return {
    accounts: await staffDemoAccounts(),
    returnTo: safeReturnTo(url.searchParams.get("returnTo")),
    ended: url.searchParams.get("ended") === "1",
  };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const returnTo = safeReturnTo(String(form.get("returnTo") ?? ""));
  const accounts = await staffDemoAccounts();
  if (!email) {
    return data(
      { error: "Choose who to sign in as", accounts, returnTo, ended: false },
      { status: 400 },
    );
  }
  let token: string;
  try {
    token = (await anonymousApi.request(DemoSignIn, { input: { email } })).demoSignIn.token;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || error.code !== "BAD_USER_INPUT") throw error;
    return data(
      { error: "Choose one of the demo accounts listed", accounts, returnTo, ended: false },
      { status: 400 },
    );
  }
  throw redirect(returnTo, { status: 303, headers: { "Set-Cookie": await storeSession(token) } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { accounts, returnTo, ended } = actionData ?? loaderData;
  const error = actionData?.error;
  return (
    <div className="cetr-readable">
      <title>{pageTitle("Sign in", Boolean(error))}</title>
      {error ? <ErrorSummary errors={[{ fieldId: "email", message: error }]} /> : null}
      {ended ? (
        <Notice title="You have been signed out" role="status">
          <p>Your session ended. Sign in again to carry on.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">Sign in</h1>
      {accounts ? (
        <>
          <Notice title="Demo sign-in" variant="warning">
            <p>
              This is the local demo. Everyone here is fictional, and you can sign in as any of them
              without a password. This sign-in is switched off on a live service, where staff sign
              in with their organisation's account.
            </p>
          </Notice>
          <Form method="post">
            <input type="hidden" name="returnTo" value={returnTo} />
            <RadioGroup
              id="email"
              name="email"
              legend="Who do you want to sign in as?"
              isInvalid={Boolean(error)}
              errorMessage={error}
              options={accounts.map((a) => ({
                value: a.email,
                label: a.displayName,
                hint: a.description,
              }))}
            />
            <Button type="submit">Sign in</Button>
          </Form>
        </>
      ) : (
        <p>
          Sign-in with your organisation's account is not set up on this server yet. Contact your
          service desk.
        </p>
      )}
    </div>
  );
}
