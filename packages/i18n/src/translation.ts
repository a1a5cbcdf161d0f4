import type { Messages } from "./locales/en/plain.js";

/**
 * Plural endings English never needs but other languages do: Polish says
 * 1 minuta, 2 minuty, 5 minut (`_one`, `_few`, `_many`). i18next picks the
 * ending with `Intl.PluralRules`, so a translation may add these beside the
 * English `_one` / `_other` keys.
 */
type PluralExtras = {
  [key: `${string}_${"zero" | "two" | "few" | "many"}`]: string;
};

/**
 * A translation of English `T`: the same keys (a key English does not have is
 * a type error), but any may be missing. Missing rather than required so that
 * adding a group of English strings does not stop the apps building: the
 * completeness test (test/translations.test.ts) names every missing key, and
 * until someone translates it people see the English string, never a key.
 */
export type Translation<T = Messages> = {
  [K in keyof T]?: T[K] extends string ? string : Translation<T[K]>;
} & PluralExtras;

/** Fills each missing string of a translation from English, keeping what is translated. */
export function withEnglishFallback<T>(english: T, translation: Translation<T> | undefined): T {
  if (translation === undefined) return english;
  if (typeof english === "string") {
    return (typeof translation === "string" ? translation : english) as T;
  }
  const merged: Record<string, unknown> = {};
  const source = translation as Record<string, unknown>;
  for (const [key, value] of Object.entries(english as Record<string, unknown>)) {
    merged[key] = withEnglishFallback(value, source[key] as Translation<unknown> | undefined);
  }
  // Keys English does not have are plural forms the language needs (PluralExtras).
  for (const [key, value] of Object.entries(source)) {
    if (!(key in merged) && typeof value === "string") merged[key] = value;
  }
  return merged as T;
}
