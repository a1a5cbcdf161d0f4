import { graphql } from "@cetr/graphql";
import {
  isLanguageCode,
  isTextSize,
  type Preferences,
  parsePreferences,
  preferencesSetCookie,
  type TextSize,
} from "@cetr/i18n";
import { isSecureRequest } from "../i18n.server";
import { apiFor } from "./api.server";

/*
 * Display preferences follow the account (ADR 0019): the cookie keeps them in
 * this browser, before and after signing in; the account keeps them for the
 * next phone or computer. Both calls are best effort: a display choice must
 * never stop someone signing in or changing the page.
 */

const ReadDisplayPreferences = graphql(`
  query PortalDisplayPreferences {
    viewer { displayPreferences { language easyRead pictures textSize } }
  }
`);

const SetDisplayPreferences = graphql(`
  mutation PortalSetDisplayPreferences($input: SetMyDisplayPreferencesInput!) {
    setMyDisplayPreferences(input: $input) { language }
  }
`);

type ApiTextSize = "STANDARD" | "LARGE" | "LARGEST";

const toApiTextSize = (size: TextSize) => size.toUpperCase() as ApiTextSize;

export interface PreferenceChange {
  lang?: Preferences["lang"];
  register?: Preferences["register"];
  pictures?: boolean;
  textSize?: TextSize;
}

/** Saves what the person just changed to their account, when they are signed in. */
export async function saveToAccount(token: string | null, change: PreferenceChange) {
  if (!token) return;
  const input = {
    ...(change.lang ? { language: change.lang } : {}),
    ...(change.register ? { easyRead: change.register === "easyRead" } : {}),
    ...(change.pictures === undefined ? {} : { pictures: change.pictures }),
    ...(change.textSize ? { textSize: toApiTextSize(change.textSize) } : {}),
  };
  if (Object.keys(input).length === 0) return;
  try {
    await apiFor(token).request(SetDisplayPreferences, { input });
  } catch (error) {
    console.warn("could not save display preferences to the account", error);
  }
}

/**
 * Just after signing in: what the account chose wins (it is what the person
 * set up, perhaps on another device); what the account has not chosen is
 * filled from this browser's cookie, and saved to the account. Returns the
 * preferences cookie to set, or null if the account could not be read.
 */
export async function preferencesAfterSignIn(
  request: Request,
  token: string,
): Promise<string | null> {
  const browser = parsePreferences(request.headers.get("Cookie"));
  try {
    const api = apiFor(token);
    const saved = (await api.request(ReadDisplayPreferences)).viewer.displayPreferences;
    if (!saved) return null;
    const language = isLanguageCode(saved.language) ? saved.language : undefined;
    const textSize = saved.textSize?.toLowerCase();
    const merged: Preferences = {
      lang: language ?? browser.lang,
      register:
        saved.easyRead === null || saved.easyRead === undefined
          ? browser.register
          : saved.easyRead
            ? "easyRead"
            : "plain",
      pictures: saved.pictures ?? browser.pictures,
      textSize: isTextSize(textSize) ? textSize : browser.textSize,
    };
    await saveToAccount(token, {
      lang: language ? undefined : browser.lang,
      register: saved.easyRead == null ? browser.register : undefined,
      pictures: saved.pictures == null ? browser.pictures : undefined,
      textSize: saved.textSize == null ? browser.textSize : undefined,
    });
    return preferencesSetCookie(merged, { secure: isSecureRequest(request) });
  } catch (error) {
    console.warn("could not read display preferences from the account", error);
    return null;
  }
}
