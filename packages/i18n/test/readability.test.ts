import { describe, expect, it } from "vitest";
import { languages } from "../src/index.js";
import {
  jargonIn,
  MAX_EASY_READ_SENTENCE_WORDS,
  sentences,
  wordCount,
} from "../src/readability.js";
import { resources } from "../src/resources.js";

/** Every string with its key. */
function strings(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    strings(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("the readability rules themselves", () => {
  it("counts words as a reader would", () => {
    expect(wordCount("Your next review is on {{date}}.")).toBe(6);
    expect(wordCount("Ask – they can help.")).toBe(4);
  });

  it("splits sentences after full stops, question marks and exclamation marks", () => {
    expect(sentences("Am I safe? Is my care good. Yes!")).toEqual([
      "Am I safe?",
      "Is my care good.",
      "Yes!",
    ]);
  });

  it("finds jargon as whole words only", () => {
    expect(jargonIn("The commissioner pays for your care")).toBe("commissioner");
    expect(jargonIn("The ICB pays")).toBe("ICB");
    expect(jargonIn("A smartphone works")).toBeNull();
  });
});

/*
 * Sentence length is checked in every language: a word is a word in Polish and
 * Urdu too (Urdu writes more, shorter words, so the same limit is if anything
 * stricter there). The jargon list is English words, so only English is
 * checked against it; whether the other languages' words are easy needs a
 * speaker of that language (ADR 0006, ADR 0019).
 */
describe.each(languages.map((l) => l.code))("%s easy read sentences", (code) => {
  const all = strings(resources[code].easyRead);

  it(`has no sentence longer than ${MAX_EASY_READ_SENTENCE_WORDS} words`, () => {
    const long = all.flatMap(([key, text]) =>
      sentences(text)
        .filter((sentence) => wordCount(sentence) > MAX_EASY_READ_SENTENCE_WORDS)
        .map((sentence) => `${key}: "${sentence}" (${wordCount(sentence)} words)`),
    );
    expect(long).toEqual([]);
  });
});

describe("en easy read words", () => {
  const all = strings(resources.en.easyRead);

  it("uses none of the glossary's jargon", () => {
    const found = all.flatMap(([key, text]) => {
      const word = jargonIn(text);
      return word ? [`${key}: "${word}" in "${text}"`] : [];
    });
    expect(found).toEqual([]);
  });
});
