import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { env } from "../env.server";
import { anonymousApi } from "./api.server";
import type { SignInPageProps } from "./sign-in-page";

const DemoAccounts = graphql(`
  query DemoAccounts {
    demoAccounts { email displayName description }
  }
`);

const SignInMethods = graphql(`
  query SignInMethods {
    signInMethods { oidc oidcProviderName }
  }
`);

/** Staff accounts only: the console is for staff (family accounts use the portal). */
export async function staffDemoAccounts() {
  try {
    const { demoAccounts } = await anonymousApi.request(DemoAccounts);
    return demoAccounts.filter(
      (a) => !/young person|parent carer|other family|advocate/.test(a.description),
    );
  } catch (error) {
    // Off in production: the page then offers organisation sign-in, or explains it is needed.
    if (error instanceof GraphQLRequestError && error.code === "FORBIDDEN") return null;
    throw error;
  }
}

/** Everything the sign-in page shows, whichever route renders it. */
export async function signInPageData(
  returnTo: string,
  ended = false,
): Promise<Omit<SignInPageProps, "error">> {
  const [accounts, { signInMethods }] = await Promise.all([
    staffDemoAccounts(),
    anonymousApi.request(SignInMethods),
  ]);
  return {
    accounts,
    oidcProviderName: signInMethods.oidc
      ? (signInMethods.oidcProviderName ?? "single sign-on")
      : null,
    returnTo,
    ended,
  };
}

/** The console's own callback address, as registered with the identity provider. */
export const OIDC_REDIRECT_URI = new URL("/sign-in/oidc/callback", env.CONSOLE_PUBLIC_URL).href;

/** The URL the browser arrived at, on the console's public origin (behind a proxy the request's is internal). */
export function publicUrl(request: Request): string {
  const url = new URL(request.url);
  return new URL(url.pathname + url.search, env.CONSOLE_PUBLIC_URL).href;
}
