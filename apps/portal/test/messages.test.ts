import { gzipSync } from "node:zlib";
import { languages } from "@cetr/i18n";
import { resources } from "@cetr/i18n/resources";
import { describe, expect, it } from "vitest";
import { messagesUrl } from "../app/lib/messages";
import { messagesVersion } from "../app/lib/messages.server";
import { loader } from "../app/routes/messages";

const get = (language: string, register: string, version = messagesVersion) => {
  const url = new URL(messagesUrl(language, register as "plain", version), "http://portal.test");
  const [, , lang = "", file = ""] = url.pathname.split("/");
  return loader({
    params: { language: lang, register: file },
    request: new Request(url),
    context: {},
  } as never) as Response;
};

describe("the strings a browser downloads (routes/messages.ts)", () => {
  it("serves one language in one register, cacheable for a year at the current version", async () => {
    const response = get("en", "easyRead");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.json()).toEqual(resources.en.easyRead);
  });

  it("still answers an old version (a page open across a deploy) but lets nobody cache it", () => {
    expect(get("en", "plain", "0ld").headers.get("cache-control")).toBe("no-cache");
  });

  it("is a 404 for a language or register the portal does not have", () => {
    expect(() => get("xx", "plain")).toThrow(Response);
    expect(() => get("en", "shouting")).toThrow(Response);
  });

  it("keeps each language and register small: reported here, at most 40 KB gzipped", () => {
    for (const language of languages) {
      for (const [register, messages] of Object.entries(resources[language.code])) {
        const bytes = gzipSync(JSON.stringify(messages)).length;
        process.stdout.write(
          `messages ${language.code}/${register}: ${(bytes / 1024).toFixed(1)} KB gzipped\n`,
        );
        expect(bytes).toBeLessThanOrEqual(40 * 1024);
      }
    }
  });
});
