import { graphql } from "@cetr/graphql";
import { data } from "react-router";
import { retryAfterSeconds } from "./api.server";

export const RequestSignIn = graphql(`
  mutation PortalRequestSignIn($input: RequestSignInInput!) {
    requestSignIn(input: $input) { sent errors { code field message } }
  }
`);

export const CompleteSignIn = graphql(`
  mutation PortalCompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) { token errors { code field message } }
  }
`);

/** i18n keys (not words) travel to the page, so it shows them in the person's register. */
export type SignInErrorKey =
  | "signIn.errors.emailRequired"
  | "signIn.errors.emailFormat"
  | "signIn.code.errors.required"
  | "signIn.code.errors.invalid"
  | "signIn.code.errors.used"
  | "signIn.code.errors.wrongBrowser";

/** The API's error codes in friendly words; anything unexpected reads as "not right". */
export function codeErrorKey(code: string): SignInErrorKey {
  switch (code) {
    case "REQUIRED":
      return "signIn.code.errors.required";
    case "SIGN_IN_USED":
      return "signIn.code.errors.used";
    case "SIGN_IN_WRONG_BROWSER":
      return "signIn.code.errors.wrongBrowser";
    default:
      return "signIn.code.errors.invalid";
  }
}

export function emailErrorKey(code: string): SignInErrorKey {
  return code === "REQUIRED" ? "signIn.errors.emailRequired" : "signIn.errors.emailFormat";
}

/** The "Too many tries" page's data, with HTTP 429 like the API's own answer. */
export function tooManyTries(error: unknown) {
  const seconds = retryAfterSeconds(error);
  if (seconds === null) return null;
  return data({ tooMany: { retryAfterSeconds: seconds } } as const, {
    status: 429,
    headers: { "Retry-After": String(seconds) },
  });
}
