import type { InitOptions, Resource } from "i18next";
import { defaultLanguage, type LanguageCode, supportedLanguageCodes } from "./languages.js";
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
    // React escapes output already; escaping twice would show `&amp;` to people.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } satisfies InitOptions;
}
