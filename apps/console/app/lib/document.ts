/**
 * A document the console offers both as a web page and as a PDF (the review
 * report, the one-page profile): one plain model, so the two always say the
 * same thing in the same order (ADR 0032).
 */

export type DocumentBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: readonly string[] }
  /** A picture with its words; the PDF includes it only if it is a PNG or JPEG. */
  | { kind: "figure"; dataUrl: string; alt: string };

export interface DocumentModel {
  /** The document's title: its first heading, the PDF's title and the page's <title>. */
  title: string;
  /** A line under the title: what the document is, and its date. */
  subtitle: string;
  lang: string;
  author: string;
  subject: string;
  blocks: readonly DocumentBlock[];
}

/**
 * Text someone wrote, as paragraphs: a blank line starts a new paragraph, and
 * the line breaks inside one are kept (addresses, short lists).
 */
export function paragraphsOf(text: string): DocumentBlock[] {
  return text
    .replaceAll("\r\n", "\n")
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: "paragraph", text: part }));
}
