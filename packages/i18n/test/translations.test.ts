import { describe, expect, it } from "vitest";
import { languages, namespaces } from "../src/index.js";
import { resources, translations } from "../src/resources.js";

/*
 * Every language must say everything English says, in both registers. When a
 * group of English strings is added, these tests fail naming each key still
 * to translate (`pl/easyRead` ... `home.status.title`), while the apps keep
 * building and show English for those keys meanwhile (withEnglishFallback).
 */

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? "").sort();
}

/** The keys a language needs for English's keys: a plural gets every ending the language uses. */
function expectedKeys(english: Map<string, string>, locale: string): Map<string, string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    if (!PLURAL.test(key)) {
      expected.set(key, text);
      continue;
    }
    const base = key.replace(PLURAL, "");
    // English `_other` is the model for every ending (it has the same placeholders).
    const model = english.get(`${base}_other`) ?? text;
    for (const category of categories) expected.set(`${base}_${category}`, model);
  }
  return expected;
}

const translated = languages.filter((l) => l.code !== "en");

describe.each(translated.map((l) => [l.code, l] as const))("%s translation", (code, language) => {
  describe.each([...namespaces])("%s", (register) => {
    const english = leaves(resources.en[register]);
    const own = leaves(translations[code][register]);
    const expected = expectedKeys(english, language.locale);

    it("translates every English string", () => {
      const missing = [...expected.keys()].filter((key) => !own.has(key));
      expect(missing, `${code}/${register}: not translated yet`).toEqual([]);
    });

    it("has no string English does not have", () => {
      const extra = [...own.keys()].filter((key) => !expected.has(key));
      expect(extra, `${code}/${register}: not in English`).toEqual([]);
    });

    it("keeps every {{placeholder}} of the English string", () => {
      const wrong = [...own]
        .filter(([key]) => expected.has(key))
        .filter(([key, text]) => {
          const want = placeholders(expected.get(key) ?? "");
          const got = placeholders(text);
          // Plural forms may write the number as words, so {{count}} alone may be left out.
          const comparable = PLURAL.test(key) ? got.filter((p) => p !== "count") : got;
          const wanted = PLURAL.test(key) ? want.filter((p) => p !== "count") : want;
          return comparable.join() !== wanted.join();
        })
        .map(([key, text]) => `${key}: ${text}`);
      expect(wrong, `${code}/${register}: placeholders differ from English`).toEqual([]);
    });

    it("has no empty string and does not leave English in place", () => {
      const empty = [...own].filter(([, text]) => text.trim() === "").map(([key]) => key);
      expect(empty).toEqual([]);
      // A copied English sentence is a forgotten translation (short labels like "CETR" may match).
      const copied = [...own]
        .filter(([key, text]) => text.split(" ").length > 3 && text === english.get(key))
        .map(([key]) => key);
      expect(copied, `${code}/${register}: still in English`).toEqual([]);
    });
  });
});

describe("withEnglishFallback", () => {
  it("serves English for a key a language has not translated, never the bare key", async () => {
    const { withEnglishFallback } = await import("../src/translation.js");
    const english = { a: "Hello", group: { b: "New English string", c_one: "1 cat" } };
    const merged = withEnglishFallback(english, { a: "Cześć", group: { c_few: "2 koty" } });
    expect(merged).toEqual({
      a: "Cześć",
      group: { b: "New English string", c_one: "1 cat", c_few: "2 koty" },
    });
  });

  it("gives every language both registers in full", () => {
    for (const language of languages) {
      for (const register of namespaces) {
        const keys = [...leaves(resources[language.code][register]).keys()];
        for (const key of leaves(resources.en[register]).keys()) {
          if (!PLURAL.test(key)) expect(keys, `${language.code}/${register}`).toContain(key);
        }
      }
    }
  });
});
