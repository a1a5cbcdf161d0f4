import type { InitOptions, Resource } from "i18next";
import {
  defaultLanguage,
  type LanguageCode,
  languageDir,
  supportedLanguageCodes,
} from "./languages.js";
import type { Register } from "./preferences.js";

/**
 * Each register is an i18next namespace holding the same keys, so a page asks
 * for `welcome.title` once and gets the wording for the register the person
 * chose. Mirrored keys also mean a missing easy-read string is a type error,
 * never a silent fall back to plain English.
 */
export const namespaces = ["plain", "easyRead"] as const satisfies readonly Register[];

export const defaultNamespace = "plain" satisfies Register;

/**
 * The i18next options both the server and the browser start from, so the
 * markup rendered on the server matches what hydration renders. `loaded` is
 * every language on the server and just the page's language in a browser.
 */
export function i18nextOptions(lng: LanguageCode, loaded: Resource) {
  return {
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguageCodes],
    resources: loaded,
    // A browser switching register shows the register it has until the new one has loaded.
    fallbackNS: [...namespaces],
    ns: [...namespaces],
    defaultNS: defaultNamespace,
    interpolation: {
      // React escapes output already; escaping twice would show `&amp;` to people.
      escapeValue: false,
      alwaysFormat: true,
      format: isolateInRightToLeft,
    },
    showSupportNotice: false,
  } satisfies InitOptions;
}

/**
 * In a right-to-left language, each text put into a sentence (an email
 * address, a name, a passkey's name) is wrapped in Unicode's first-strong
 * isolate (U+2068 … U+2069), like <bdi>: "x@y.com" or "Sam Smith" then keeps
 * its own left-to-right order and does not pull the Urdu around it out of
 * order. Invisible, and left out of left-to-right languages altogether.
 */
export function isolateInRightToLeft(value: unknown, _format?: string, lng?: string): string {
  // Numbers and the like pass through as they came: i18next formats them itself.
  if (typeof value !== "string" || value === "" || !lng || languageDir(lng) !== "rtl") {
    return value as string;
  }
  return `\u2068${value}\u2069`;
}
