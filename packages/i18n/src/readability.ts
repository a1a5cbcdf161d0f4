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
