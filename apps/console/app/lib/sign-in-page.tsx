import { Button, ErrorSummary, Notice, RadioGroup } from "@cetr/ui";
import { Form } from "react-router";
import { pageTitle } from "./format";

export interface SignInPageProps {
  /** Demo accounts, or null when the demo sign-in is off (always in production). */
  accounts: { email: string; displayName: string; description: string }[] | null;
  /** Set when organisation sign-in (OpenID Connect) is on: the button says "Sign in with <name>". */
  oidcProviderName: string | null;
  returnTo: string;
  ended: boolean;
  /** A failed sign-in, shown in the error summary; fieldId is what it links to. */
  error?: { fieldId: string; message: string } | null;
}

/**
 * The sign-in page, shared by /sign-in and the organisation sign-in routes so a
 * failure there shows the same page with the reason at the top. Both forms are
 * plain posts: they work before (or without) JavaScript.
 */
export function SignInPage({
  accounts,
  oidcProviderName,
  returnTo,
  ended,
  error,
}: SignInPageProps) {
  const demoError = error?.fieldId === "email" ? error.message : undefined;
  return (
    <div className="cetr-readable">
      <title>{pageTitle("Sign in", Boolean(error))}</title>
      {error ? <ErrorSummary errors={[error]} /> : null}
      {ended ? (
        <Notice title="You have been signed out" role="status">
          <p>Your session ended. Sign in again to carry on.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">Sign in</h1>
      {oidcProviderName ? (
        // reloadDocument: the answer is a redirect to the identity provider, another site.
        <Form method="post" action="/sign-in/oidc" reloadDocument>
          <input type="hidden" name="returnTo" value={returnTo} />
          <Button type="submit" id="oidc-sign-in">
            Sign in with {oidcProviderName}
          </Button>
        </Form>
      ) : null}
      {accounts ? (
        <>
          <Notice title="Demo sign-in" variant="warning">
            <p>
              This is the local demo. Everyone here is fictional, and you can sign in as any of them
              without a password. This sign-in is switched off on a live service, where staff sign
              in with their organisation's account.
            </p>
          </Notice>
          <Form method="post" action="/sign-in">
            <input type="hidden" name="returnTo" value={returnTo} />
            <RadioGroup
              id="email"
              name="email"
              legend="Who do you want to sign in as?"
              isInvalid={Boolean(demoError)}
              errorMessage={demoError}
              options={accounts.map((a) => ({
                value: a.email,
                label: a.displayName,
                hint: a.description,
              }))}
            />
            <Button type="submit">Sign in</Button>
          </Form>
        </>
      ) : oidcProviderName ? null : (
        <p>
          Sign-in with your organisation's account is not set up on this server yet. Contact your
          service desk.
        </p>
      )}
    </div>
  );
}
