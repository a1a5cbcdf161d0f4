import {
  defaultLanguage,
  getLanguage,
  i18nextOptions,
  isLanguageCode,
  type LanguageCode,
  type LanguageInfo,
  type Preferences,
  parsePreferences,
  type Register,
  resolveLanguage,
  supportedLanguageCodes,
} from "@cetr/i18n";
import { resources } from "@cetr/i18n/resources";
import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { env } from "./env.server";

/**
 * Language detection for every request. The person's own choice (in the
 * preferences cookie) wins over the browser's Accept-Language; see
 * `resolveLanguage` for why.
 */
export const remixI18n = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguageCodes],
    fallbackLanguage: defaultLanguage,
    order: ["custom"],
    async findLocale(request) {
      const { lang } = parsePreferences(request.headers.get("Cookie"));
      return resolveLanguage({
        preferred: lang,
        acceptLanguage: request.headers.get("Accept-Language"),
      });
    },
  },
  i18next: { ...i18nextOptions(defaultLanguage, resources) },
});

export interface RequestPreferences extends Preferences {
  language: LanguageInfo;
}

export async function getRequestPreferences(request: Request): Promise<RequestPreferences> {
  const preferences = parsePreferences(request.headers.get("Cookie"));
  const detected = await remixI18n.getLocale(request);
  const code: LanguageCode = isLanguageCode(detected) ? detected : defaultLanguage;
  return { ...preferences, language: getLanguage(code) };
}

/** A fresh instance per request: i18next instances hold the language, which differs between people. */
export async function createServerI18n(request: Request): Promise<i18n> {
  const { language } = await getRequestPreferences(request);
  const instance = createInstance();
  await instance
    .use(initReactI18next)
    .init({ ...i18nextOptions(language.code as LanguageCode, resources), initAsync: false });
  return instance;
}

export function isSecureRequest(request: Request): boolean {
  if (env.COOKIE_SECURE !== "auto") return env.COOKIE_SECURE === "true";
  return new URL(request.url).protocol === "https:";
}

/**
 * The English half of the notice on a page whose language a professional
 * translator has not checked yet (ADR 0019), or null when it is checked.
 * From the server, because a browser holds only its page's language.
 */
export function englishTranslationNotice(language: LanguageInfo, register: Register) {
  if (language.reviewedByProfessionalTranslator) return null;
  const words = resources.en[register].language;
  return { notReviewed: words.notReviewed, readInEnglish: words.readInEnglish };
}
