import type { Resource } from "i18next";
import type { LanguageCode } from "./languages.js";
import { enEasyRead } from "./locales/en/easy-read.js";
import { enPlain, type Messages } from "./locales/en/plain.js";
import { plEasyRead } from "./locales/pl/easy-read.js";
import { plPlain } from "./locales/pl/plain.js";
import { urEasyRead } from "./locales/ur/easy-read.js";
import { urPlain } from "./locales/ur/plain.js";
import type { Register } from "./preferences.js";
import { type Translation, withEnglishFallback } from "./translation.js";

/*
 * Its own entry point (`@cetr/i18n/resources`), for servers and tests: the
 * browser bundle must never import it, or every language would be in it.
 */

/** What translators wrote, exactly: the completeness test reads this, not `resources`. */
export const translations = {
  pl: { plain: plPlain, easyRead: plEasyRead },
  ur: { plain: urPlain, easyRead: urEasyRead },
} as const satisfies Record<Exclude<LanguageCode, "en">, Record<Register, Translation>>;

/**
 * Every language, for the server; a browser loads only its page's language
 * (lib/messages.ts). A string not translated yet is the English one, so a
 * page never shows a bare key while a new English group waits for translation.
 */
export const resources = {
  en: { plain: enPlain, easyRead: enEasyRead },
  pl: {
    plain: withEnglishFallback(enPlain, translations.pl.plain),
    easyRead: withEnglishFallback(enEasyRead, translations.pl.easyRead),
  },
  ur: {
    plain: withEnglishFallback(enPlain, translations.ur.plain),
    easyRead: withEnglishFallback(enEasyRead, translations.ur.easyRead),
  },
} as const satisfies Record<LanguageCode, Record<Register, Messages>> & Resource;
