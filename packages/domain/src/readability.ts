/**
 * What makes easy read easy, as rules a test can check (issue 6): short
 * sentences, and no jargon the page does not explain. The rules cannot say
 * whether the words are good; people who use easy read can (ADR 0006).
 */

/** Easy-read guidance (Mencap, NHS England) puts sentences at about 15 words or fewer. */
export const MAX_EASY_READ_SENTENCE_WORDS = 15;

/**
 * Words and phrases that are jargon to a young person or a parent carer.
 * Easy read must not use them; plain English may, when it explains them.
 * Matched as whole words, case-insensitively.
 */
export const EASY_READ_JARGON = [
  "ICB",
  "integrated care board",
  "commissioner",
  "commissioning",
  "multidisciplinary",
  "MDT",
  "statutory",
  "Section 117",
  "aftercare",
  "Care Programme Approach",
  "CPA",
  "DSR",
  "dynamic support register",
  "EHCP",
  "EHC plan",
  "LeDeR",
  "MoJ",
  "Ministry of Justice",
  "restricted patient",
  "tribunal",
  "detained",
  "sectioned",
  "Mental Health Act",
  "best interests",
  "capacity",
  "safeguarding",
  "escalate",
  "escalation",
  "facilitate",
  "utilise",
  "pursuant",
  "in accordance with",
  "notwithstanding",
  "key lines of enquiry",
  "KLOE",
  "SMART",
  "triage",
  "authenticate",
  "authentication",
  "credentials",
] as const;

/**
 * Sentences in a string: split after . ! or ? (and Urdu's full stop ۔ and
 * question mark ؟) followed by a space or the end.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?۔؟])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Words as a reader counts them: "{{date}}" is one, "care coordinator" two, "–" none. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}{]/u.test(word)).length;
}

const jargonPattern = new RegExp(`(?<![\\p{L}])(${EASY_READ_JARGON.join("|")})(?![\\p{L}])`, "iu");

/** The first jargon word in a string, if any. */
export function jargonIn(text: string): string | null {
  return jargonPattern.exec(text)?.[1] ?? null;
}

/** Plain English guidance (GOV.UK content design) puts sentences at about 25 words. */
export const MAX_PLAIN_SENTENCE_WORDS = 25;

/** Words this long are hard for many readers; easy read avoids them, plain English uses few. */
export const LONG_WORD_LETTERS = 13;

export type Register = "PLAIN" | "EASY_READ";

export interface ReadabilityAdvice {
  register: Register;
  sentenceCount: number;
  wordCount: number;
  maxSentenceWords: number;
  /** Sentences over the register's limit, with their length. */
  longSentences: { sentence: string; words: number }[];
  /** Distinct words of LONG_WORD_LETTERS letters or more, in the order they first appear. */
  longWords: string[];
  /** Distinct glossary words and phrases found, in the order they first appear. */
  jargon: string[];
}

const allJargonPattern = new RegExp(
  `(?<![\\p{L}])(${EASY_READ_JARGON.join("|")})(?![\\p{L}])`,
  "giu",
);

function distinct(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Advice for someone writing for families (a review's report): the same rules
 * the portal's own easy read is tested against, applied to text being written.
 * Advice, not a gate: a long sentence is sometimes the clearest one.
 */
export function readabilityAdvice(text: string, register: Register): ReadabilityAdvice {
  const limit = register === "EASY_READ" ? MAX_EASY_READ_SENTENCE_WORDS : MAX_PLAIN_SENTENCE_WORDS;
  // Line breaks end a sentence too: lists and headings have no full stop.
  const all = text.split(/\n+/).flatMap(sentences);
  const longSentences = all
    .map((sentence) => ({ sentence, words: wordCount(sentence) }))
    .filter((s) => s.words > limit);
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const longWords = distinct(
    words.filter((word) => word.replace(/['’-]/g, "").length >= LONG_WORD_LETTERS),
  );
  const jargon = distinct([...text.matchAll(allJargonPattern)].map((m) => m[1] ?? ""));
  return {
    register,
    sentenceCount: all.length,
    wordCount: all.reduce((total, sentence) => total + wordCount(sentence), 0),
    maxSentenceWords: limit,
    longSentences,
    longWords,
    jargon,
  };
}
