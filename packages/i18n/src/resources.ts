import type { Resource } from "i18next";
import type { LanguageCode } from "./languages.js";
import { enEasyRead } from "./locales/en/easy-read.js";
import { enPlain, type Messages } from "./locales/en/plain.js";
import type { Register } from "./preferences.js";

/*
 * Its own entry point (`@cetr/i18n/resources`), for servers and tests: the
 * browser bundle must never import it, or every language would be in it.
 */

/** Every language, for the server; a browser loads only its page's language (load.ts). */
export const resources = {
  en: { plain: enPlain, easyRead: enEasyRead },
} as const satisfies Record<LanguageCode, Record<Register, Messages>> & Resource;
