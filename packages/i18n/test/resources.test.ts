import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { i18nextOptions, languages, namespaces } from "../src/index.js";
import { resources } from "../src/resources.js";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object") {
    throw new Error(`${prefix} is neither a string nor a group of strings`);
  }
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("resources", () => {
  it("has both registers for every supported language", () => {
    for (const language of languages) {
      for (const ns of namespaces) {
        expect(resources[language.code][ns], `${language.code}/${ns}`).toBeDefined();
      }
    }
  });

  it.each(languages.map((l) => l.code))(
    "%s: every easy-read key has a plain key and vice versa",
    (code) => {
      const plain = leafKeys(resources[code].plain).sort();
      const easyRead = leafKeys(resources[code].easyRead).sort();
      expect(easyRead.filter((k) => !plain.includes(k))).toEqual([]);
      expect(plain.filter((k) => !easyRead.includes(k))).toEqual([]);
    },
  );

  it.each(languages.map((l) => l.code))("%s: no string is empty", (code) => {
    for (const ns of namespaces) {
      const empty = leafKeys(resources[code][ns]).filter((key) => {
        const value = key
          .split(".")
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            resources[code][ns],
          );
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, `${code}/${ns}`).toEqual([]);
    }
  });

  it("translates typed keys in both registers", async () => {
    const instance = i18next.createInstance();
    await instance.init(i18nextOptions("en", resources));
    expect(instance.t("welcome.questions.items.safe.question")).toBe("Am I safe?");
    expect(instance.t("welcome.title", { ns: "easyRead" })).toBe("Your CETR meeting");
    // @ts-expect-error A key that does not exist must fail type-checking.
    instance.t("welcome.doesNotExist");
  });
});

describe("text put into right-to-left sentences", () => {
  it("is isolated in Urdu, so an email address keeps its order, and untouched in English", async () => {
    const ur = i18next.createInstance();
    await ur.init(i18nextOptions("ur", resources));
    expect(ur.t("signIn.code.sentTo", { email: "sam@example.com" })).toContain(
      "\u2068sam@example.com\u2069",
    );
    expect(ur.t("signIn.tooMany.minutes", { count: 5 })).toBe("5 منٹ");
    const en = i18next.createInstance();
    await en.init(i18nextOptions("en", resources));
    expect(en.t("home.greeting", { name: "Sam" })).toBe("Hello, Sam");
  });

  it("speaks Polish plurals", async () => {
    const pl = i18next.createInstance();
    await pl.init(i18nextOptions("pl", resources));
    expect(pl.t("signIn.tooMany.minutes", { count: 1 })).toBe("1 minutę");
    expect(pl.t("signIn.tooMany.minutes", { count: 3 })).toBe("3 minuty");
    expect(pl.t("signIn.tooMany.minutes", { count: 5 })).toBe("5 minut");
  });
});
