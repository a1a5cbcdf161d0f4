import { describe, expect, it } from "vitest";
import { readabilityAdvice } from "../src/index.js";

describe("readabilityAdvice", () => {
  it("finds sentences over the register's limit: 15 words for easy read, 25 for plain", () => {
    const sixteen =
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
    expect(readabilityAdvice(sixteen, "EASY_READ").longSentences).toEqual([
      { sentence: sixteen, words: 16 },
    ]);
    expect(readabilityAdvice(sixteen, "PLAIN").longSentences).toEqual([]);
  });

  it("treats a line break as the end of a sentence, so lists are not one long sentence", () => {
    const advice = readabilityAdvice("Actions\nSam will ring you\nJo will visit", "EASY_READ");
    expect(advice.sentenceCount).toBe(3);
    expect(advice.wordCount).toBe(8);
  });

  it("lists each long word and each glossary word once, as first written", () => {
    const advice = readabilityAdvice(
      "The commissioner will escalate this. The Commissioner agreed an accommodation assessment.",
      "PLAIN",
    );
    expect(advice.jargon).toEqual(["commissioner", "escalate"]);
    expect(advice.longWords).toEqual(["accommodation"]);
  });

  it("has nothing to say about short, plain text", () => {
    const advice = readabilityAdvice(
      "You are safe at home. Sam will call you on Monday.",
      "EASY_READ",
    );
    expect(advice).toMatchObject({
      longSentences: [],
      longWords: [],
      jargon: [],
      sentenceCount: 2,
    });
  });
});
