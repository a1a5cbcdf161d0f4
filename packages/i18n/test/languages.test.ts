import { describe, expect, it } from "vitest";
import {
  languageDir,
  languages,
  parseAcceptLanguage,
  parsePreferences,
  preferencesSetCookie,
  resolveLanguage,
} from "../src/index.js";

describe("parseAcceptLanguage", () => {
  it("orders by quality and drops refusals", () => {
    expect(parseAcceptLanguage("fr;q=0.5, en-GB, cy;q=0, de;q=0.8")).toEqual(["en-GB", "de", "fr"]);
  });

  it("copes with nothing", () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage("")).toEqual([]);
  });
});

describe("resolveLanguage", () => {
  it("prefers the language the person chose", () => {
    expect(resolveLanguage({ preferred: "en", acceptLanguage: "fr" })).toBe("en");
  });

  it("matches a regional tag to its base language", () => {
    expect(resolveLanguage({ acceptLanguage: "fr, en-US;q=0.7" })).toBe("en");
  });

  it("falls back to English for unsupported or unknown input", () => {
    expect(resolveLanguage({ preferred: "xx", acceptLanguage: "zz" })).toBe("en");
  });
});

describe("languageDir", () => {
  it("is ltr for English, Polish and unknown codes, rtl for Urdu", () => {
    expect(languageDir("en")).toBe("ltr");
    expect(languageDir("pl")).toBe("ltr");
    expect(languageDir("ur")).toBe("rtl");
    expect(languageDir("unknown")).toBe("ltr");
  });
});

describe("languages", () => {
  it("picks Urdu and Polish from a browser's regional tags", () => {
    expect(resolveLanguage({ acceptLanguage: "ur-PK, en;q=0.5" })).toBe("ur");
    expect(resolveLanguage({ acceptLanguage: "pl-PL" })).toBe("pl");
  });

  it("marks only English as checked by a professional translator, for now", () => {
    const unchecked = languages
      .filter((l) => !l.reviewedByProfessionalTranslator)
      .map((l) => l.code);
    expect(unchecked).toEqual(["pl", "ur"]);
  });

  it("gives every language a locale Intl knows, so dates read naturally", () => {
    for (const language of languages) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([language.locale])).toEqual([language.locale]);
    }
  });
});

describe("preferences cookie", () => {
  it("round-trips through Set-Cookie and Cookie headers", () => {
    const setCookie = preferencesSetCookie(
      { lang: "ur", register: "easyRead", pictures: false, textSize: "largest" },
      { secure: false },
    );
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Max-Age=31536000");
    expect(setCookie).not.toContain("Secure");
    const pair = setCookie.split(";")[0];
    expect(parsePreferences(`other=1; ${pair}`)).toEqual({
      lang: "ur",
      register: "easyRead",
      pictures: false,
      textSize: "largest",
    });
  });

  it("defaults to plain English with pictures when the cookie is missing or broken", () => {
    const defaults = { lang: undefined, register: "plain", pictures: true, textSize: "standard" };
    expect(parsePreferences(null)).toEqual(defaults);
    expect(parsePreferences("cetr_prefs=%E0%A4%A")).toEqual(defaults);
    expect(parsePreferences("cetr_prefs=lang%3Dxx%26register%3Dbogus%26text%3Dhuge")).toEqual(
      defaults,
    );
  });
});
