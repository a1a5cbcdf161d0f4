/**
 * Languages the family portal and console can be shown in. Each language
 * carries both registers (plain English-style wording and easy read), so adding
 * one means adding a folder under `locales/` and a row here.
 */
export const languages = [
  {
    code: "en",
    /** BCP 47 tag for `<html lang>` and `Intl`: UK spelling, dates as 22/11/2026. */
    locale: "en-GB",
    /** The language's own name, so people can find it without reading English. */
    nativeName: "English",
    dir: "ltr",
    reviewedByProfessionalTranslator: true,
  },
  {
    code: "pl",
    /** Polish as written in Poland; Intl gives 22.11.2026, which Polish readers expect. */
    locale: "pl-PL",
    nativeName: "Polski",
    dir: "ltr",
    reviewedByProfessionalTranslator: false,
  },
  {
    code: "ur",
    /**
     * Plain `ur`, not `ur-PK`: UK Urdu readers are not in Pakistan, and `ur`
     * keeps Western digits and day-month-year order in Intl (ur-PK is the same
     * today, but naming a country would promise Pakistani conventions).
     */
    locale: "ur",
    nativeName: "اردو",
    dir: "rtl",
    reviewedByProfessionalTranslator: false,
  },
] as const satisfies readonly LanguageInfo[];

export interface LanguageInfo {
  code: string;
  locale: string;
  nativeName: string;
  dir: "ltr" | "rtl";
  /**
   * False until a professional translator has checked every string. Pages in
   * such a language say so (in it and in English) and offer English, because
   * a wrong word about care or consent can mislead (ADR 0019).
   */
  reviewedByProfessionalTranslator: boolean;
}

export type LanguageCode = (typeof languages)[number]["code"];

export const defaultLanguage: LanguageCode = "en";

export const supportedLanguageCodes: readonly LanguageCode[] = languages.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && (supportedLanguageCodes as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): LanguageInfo {
  return languages.find((l) => l.code === code) ?? languages[0];
}

/** Text direction for `<html dir>`; falls back to ltr for anything unknown. */
export function languageDir(code: string): "ltr" | "rtl" {
  return isLanguageCode(code) ? getLanguage(code).dir : "ltr";
}

/**
 * Parses an Accept-Language header into language tags, most preferred first.
 * Entries with q=0 are refusals, so they are dropped rather than ranked last.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * Chooses the language for a request. A language the person picked (kept in
 * their preferences cookie) beats the browser's Accept-Language, because the
 * browser may be a shared or ward computer set up in someone else's language.
 */
export function resolveLanguage(input: {
  preferred?: string | null | undefined;
  acceptLanguage?: string | null | undefined;
}): LanguageCode {
  if (isLanguageCode(input.preferred)) return input.preferred;
  for (const tag of parseAcceptLanguage(input.acceptLanguage)) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguageCode(base)) return base;
  }
  return defaultLanguage;
}
