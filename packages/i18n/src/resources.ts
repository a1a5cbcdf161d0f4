import type { InitOptions, Resource } from "i18next";
import { defaultLanguage, type LanguageCode } from "./languages.js";
import { enEasyRead } from "./locales/en/easy-read.js";
import { enPlain, type Messages } from "./locales/en/plain.js";
import type { Register } from "./preferences.js";

/**
 * Each register is an i18next namespace holding the same keys, so a page asks
 * for `welcome.title` once and gets the wording for the register the person
 * chose. Mirrored keys also mean a missing easy-read string is a type error,
 * never a silent fall back to plain English.
 */
export const namespaces = ["plain", "easyRead"] as const satisfies readonly Register[];

export const defaultNamespace = "plain" satisfies Register;

export const resources = {
  en: { plain: enPlain, easyRead: enEasyRead },
} as const satisfies Record<LanguageCode, Record<Register, Messages>> & Resource;

export type { Messages };

/**
 * The i18next options both the server and the browser start from, so the
 * markup rendered on the server matches what hydration renders.
 */
export function i18nextOptions(lng: LanguageCode) {
  return {
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: Object.keys(resources),
    resources,
    ns: [...namespaces],
    defaultNS: defaultNamespace,
    // React escapes output already; escaping twice would show `&amp;` to people.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } satisfies InitOptions;
}
