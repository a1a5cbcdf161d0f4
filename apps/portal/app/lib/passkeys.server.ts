import { graphql } from "@cetr/graphql";

/** The passkey operations the portal's server sends (ADR 0011); the browser never calls the API. */

export const MyPasskeys = graphql(`
  query PortalMyPasskeys {
    viewer { passkeys { id name createdAt lastUsedAt } }
  }
`);

export const StartPasskeyRegistration = graphql(`
  mutation PortalStartPasskeyRegistration($input: StartPasskeyRegistrationInput!) {
    startPasskeyRegistration(input: $input) { optionsJSON errors { code field } }
  }
`);

export const FinishPasskeyRegistration = graphql(`
  mutation PortalFinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) { passkey { name } errors { code field } }
  }
`);

export const RenamePasskey = graphql(`
  mutation PortalRenamePasskey($input: RenamePasskeyInput!) {
    renamePasskey(input: $input) { passkey { name } errors { code field } }
  }
`);

export const RemovePasskey = graphql(`
  mutation PortalRemovePasskey($input: RemovePasskeyInput!) {
    removePasskey(input: $input) { passkey { name } errors { code field } }
  }
`);

export const StartPasskeySignIn = graphql(`
  mutation PortalStartPasskeySignIn($input: StartPasskeySignInInput!) {
    startPasskeySignIn(input: $input) { optionsJSON errors { code field } }
  }
`);

export const FinishPasskeySignIn = graphql(`
  mutation PortalFinishPasskeySignIn($input: FinishPasskeySignInInput!) {
    finishPasskeySignIn(input: $input) { token errors { code field } }
  }
`);

/** i18n keys (not words) travel to the page, so it shows them in the person's register. */
export type PasskeyErrorKey =
  | "passkeys.errors.nameRequired"
  | "passkeys.errors.nameTooLong"
  | "passkeys.errors.tooMany"
  | "passkeys.errors.cancelled"
  | "passkeys.errors.expired"
  | "passkeys.errors.notVerified"
  | "passkeys.errors.alreadyAdded"
  | "passkeys.errors.notFound";

/** The API's error codes for adding, naming and removing, in friendly words. */
export function passkeyErrorKey(code: string): PasskeyErrorKey {
  switch (code) {
    case "REQUIRED":
      return "passkeys.errors.nameRequired";
    case "TOO_LONG":
      return "passkeys.errors.nameTooLong";
    case "PASSKEY_LIMIT":
      return "passkeys.errors.tooMany";
    case "PASSKEY_CHALLENGE_INVALID":
      return "passkeys.errors.expired";
    case "ALREADY_EXISTS":
      return "passkeys.errors.alreadyAdded";
    case "NOT_FOUND":
      return "passkeys.errors.notFound";
    default:
      return "passkeys.errors.notVerified";
  }
}

export type PasskeySignInErrorKey =
  | "passkeys.signIn.errors.cancelled"
  | "passkeys.signIn.errors.notRecognised"
  | "passkeys.signIn.errors.failed"
  | "passkeys.signIn.errors.tooMany";

export function signInErrorKey(code: string): PasskeySignInErrorKey {
  return code === "PASSKEY_NOT_RECOGNISED"
    ? "passkeys.signIn.errors.notRecognised"
    : "passkeys.signIn.errors.failed";
}
