import { createRequire } from "node:module";
import bidiFactory, { type EmbeddingLevels } from "bidi-js";

/**
 * Words on a PDF page in any of the languages the service writes in (English,
 * Polish, Urdu), as real text in embedded Unicode fonts (ADR 0036).
 *
 * pdfkit shapes each run of text with fontkit (Arabic letters join, and a
 * run in Arabic script is laid right to left), but it has no bidirectional
 * algorithm and no font fallback: a line mixing Urdu and a Latin name would
 * come out reversed, and a character missing from the font as nothing. So
 * lines are broken here, each line is put in visual order with the Unicode
 * Bidirectional Algorithm (bidi-js), and each run gets the font that has its
 * letters: Noto Sans for Latin script, Noto Naskh Arabic for Arabic script.
 */

const require = createRequire(import.meta.url);
const fontFile = (path: string) => require.resolve(path);

/** pdfkit embeds only the glyphs a document uses (a subset), so a page stays small. */
const FONT_FILES = {
  latin: fontFile("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  latinBold: fontFile("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
  arabic: fontFile(
    "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
  ),
  arabicBold: fontFile("@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf"),
} as const;

type FontName = keyof typeof FONT_FILES;
export type Weight = "regular" | "bold";

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
}

const bidi = bidiFactory();

/**
 * Without `features` pdfkit lays text out a word at a time, so fontkit never
 * sees a right-to-left run whole; an empty list keeps fontkit's defaults
 * (Arabic joining forms, kerning, ligatures) and shapes the run as one.
 */
const WHOLE_RUN = { features: [] };

/** Arabic script: the Arabic blocks and presentation forms (Urdu's letters are in them). */
function isArabic(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

/** A letter of any script: what decides a run's font (spaces, digits and marks follow it). */
const LETTER = /\p{L}/u;

/** Whether the font registered under that name can draw the character. */
function hasGlyph(doc: PDFKit.PDFDocument, font: FontName, code: number): boolean {
  doc.font(font);
  const embedded = (
    doc as unknown as { _font: { font: { hasGlyphForCodePoint(c: number): boolean } } }
  )._font;
  return embedded.font.hasGlyphForCodePoint(code);
}

/**
 * Which font each character is drawn in: a letter in its script's; a space,
 * sign or bracket in the Arabic font when it sits in a right-to-left stretch
 * (so it joins that run) and that font has it, else in the Latin one.
 */
function fontsOf(
  doc: PDFKit.PDFDocument,
  line: string,
  levels: Uint8Array,
  weight: Weight,
): FontName[] {
  const latin: FontName = weight === "bold" ? "latinBold" : "latin";
  const arabic: FontName = weight === "bold" ? "arabicBold" : "arabic";
  const fonts: FontName[] = [];
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isArabic(code)) fonts.push(arabic);
    else if (LETTER.test(line[i] ?? "")) fonts.push(latin);
    else if (((levels[i] ?? 0) & 1) === 1 && hasGlyph(doc, arabic, code)) fonts.push(arabic);
    else fonts.push(latin);
  }
  return fonts;
}

interface Run {
  text: string;
  font: FontName;
  /** For a run drawn right to left: its words in reading order. */
  reading?: string;
}

export interface TextBox {
  x: number;
  width: number;
  size: number;
  weight: Weight;
  lineGap: number;
}

/** One laid-out line: its runs left to right, and whether the paragraph reads right to left. */
interface Line {
  runs: Run[];
  rtl: boolean;
}

/**
 * Widths already measured in this document, by font, size and text: fontkit
 * shapes a run on every call (milliseconds each), and lines are measured word
 * by word, so words that recur are shaped once.
 */
const measured = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

function widthOfRun(doc: PDFKit.PDFDocument, run: Run, size: number): number {
  let widths = measured.get(doc);
  if (!widths) {
    widths = new Map();
    measured.set(doc, widths);
  }
  const key = `${run.font}\u0000${size}\u0000${run.text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = doc.font(run.font).fontSize(size).widthOfString(run.text, WHOLE_RUN);
    widths.set(key, width);
  }
  return width;
}

function measure(doc: PDFKit.PDFDocument, runs: readonly Run[], size: number): number {
  let width = 0;
  for (const run of runs) width += widthOfRun(doc, run, size);
  return width;
}

/** The characters from..to of a line as runs of one font each, in reading order. */
function logicalRuns(line: string, fonts: readonly FontName[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  for (let i = from; i < to; i++) {
    const font = fonts[i] as FontName;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += line[i];
    else runs.push({ text: line[i] ?? "", font });
  }
  return runs;
}

/** Where the line breaks: greedily at spaces, and inside a word only if it is wider than the box. */
function breakLine(
  doc: PDFKit.PDFDocument,
  line: string,
  fonts: readonly FontName[],
  box: TextBox,
): [number, number][] {
  const widthOf = (from: number, to: number) =>
    measure(doc, logicalRuns(line, fonts, from, to), box.size);
  const ranges: [number, number][] = [];
  let start = 0;
  while (start < line.length) {
    // Add word by word (each with the spaces before it) while the line still fits.
    let fits = start;
    let width = 0;
    while (fits < line.length) {
      let next = fits;
      while (next < line.length && line[next] === " ") next++;
      while (next < line.length && line[next] !== " ") next++;
      const word = widthOf(fits, next);
      if (fits > start && width + word > box.width) break;
      width += word;
      fits = next;
    }
    // A single word wider than the box: cut it where it stops fitting.
    if (width > box.width) {
      let cut = start + 1;
      while (cut < fits && widthOf(start, cut + 1) <= box.width) cut++;
      fits = cut;
    }
    ranges.push([start, fits]);
    start = fits;
    while (start < line.length && line[start] === " ") start++;
  }
  return ranges.length > 0 ? ranges : [[0, 0]];
}

/**
 * One line's runs from left to right. fontkit reverses a run in Arabic script
 * itself (after joining its letters), so such a run is given in reading order;
 * any other right-to-left run (signs and spaces between Urdu words) is given
 * reversed. Brackets are mirrored here: the fonts have no rtlm feature.
 */
function visualRuns(
  line: string,
  embedding: EmbeddingLevels,
  fonts: readonly FontName[],
  from: number,
  to: number,
): Run[] {
  const { levels } = embedding;
  let end = to;
  while (end > from && line[end - 1] === " ") end--;
  if (end <= from) return [];
  const order = Array.from({ length: end - from }, (_, i) => from + i);
  // Each segment (first and last index) is reversed in turn, as UAX #9 rule L2 says.
  for (const [a = from, b = from] of bidi.getReorderSegments(line, embedding, from, end - 1)) {
    const slice = order.slice(a - from, b - from + 1).reverse();
    order.splice(a - from, slice.length, ...slice);
  }
  // Unlike getReorderSegments, this one takes the levels array itself.
  const mirrored = bidi.getMirroredCharactersMap(line, levels, from, end - 1);
  const runs: { indices: number[]; font: FontName; rtl: boolean }[] = [];
  for (const index of order) {
    const rtl = ((levels[index] ?? 0) & 1) === 1;
    const font = fonts[index] as FontName;
    const last = runs.at(-1);
    const previous = last?.indices.at(-1);
    if (last && last.rtl === rtl && last.font === font && previous === index + (rtl ? 1 : -1))
      last.indices.push(index);
    else runs.push({ indices: [index], font, rtl });
  }
  return runs.map(({ indices, font, rtl }) => {
    if (!rtl) return { text: indices.map((i) => line[i]).join(""), font };
    const reading = [...indices].reverse();
    const shapedByFontkit = reading.some((i) => isArabic(line.charCodeAt(i)));
    const chars = (shapedByFontkit ? reading : indices).map((i) => mirrored.get(i) ?? line[i]);
    return { text: chars.join(""), font, reading: reading.map((i) => line[i]).join("") };
  });
}

/** The text as lines ready to draw; each line of the source starts a new line. */
export function layOut(doc: PDFKit.PDFDocument, text: string, box: TextBox): Line[] {
  const lines: Line[] = [];
  for (const source of text.normalize("NFC").replaceAll("\r\n", "\n").split("\n")) {
    const line = source.replace(/[\t\u00a0\u2009\u202f]/g, " ");
    const embedding = bidi.getEmbeddingLevels(line);
    const rtl = ((embedding.paragraphs[0]?.level ?? 0) & 1) === 1;
    const fonts = fontsOf(doc, line, embedding.levels, box.weight);
    for (const [from, to] of breakLine(doc, line, fonts, box))
      lines.push({ runs: visualRuns(line, embedding, fonts, from, to), rtl });
  }
  return lines;
}

/** Whether the text has any right-to-left writing (its lines then start at the right). */
export function readsRightToLeft(text: string): boolean {
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return paragraphs.some((p) => (p.level & 1) === 1);
}

/**
 * Draws one laid-out line with its top at y, starting at the right for a
 * right-to-left paragraph, all runs on one baseline; returns its height.
 */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, y: number, box: TextBox): number {
  const fontsUsed: FontName[] =
    line.runs.length > 0
      ? line.runs.map((r) => r.font)
      : [box.weight === "bold" ? "latinBold" : "latin"];
  let ascent = 0;
  let height = 0;
  for (const font of fontsUsed) {
    doc.font(font).fontSize(box.size);
    const pdfFont = (doc as unknown as { _font: { ascender: number } })._font;
    ascent = Math.max(ascent, (pdfFont.ascender / 1000) * box.size);
    height = Math.max(height, doc.currentLineHeight(true));
  }
  let x = line.rtl ? box.x + box.width - measure(doc, line.runs, box.size) : box.x;
  for (const run of line.runs) {
    doc.font(run.font).fontSize(box.size);
    // The font draws Urdu letters from shared shapes (a letter's body and
    // its dots apart), so the glyphs alone cannot say which letter each is:
    // the run carries its words as /ActualText, which text extraction,
    // copying and screen readers use instead.
    if (run.reading) doc.markContent("Span", { actual: run.reading });
    doc.text(run.text, x, y + ascent, { ...WHOLE_RUN, lineBreak: false, baseline: "alphabetic" });
    if (run.reading) doc.endMarkedContent();
    x += widthOfRun(doc, run, box.size);
  }
  return height + box.lineGap;
}
