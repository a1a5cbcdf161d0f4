import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { describe, expect, it } from "vitest";
import { type DocumentModel, paragraphsOf } from "../app/lib/document";
import { profileDocument } from "../app/lib/profile-document.server";
import { renderTaggedPdf } from "../app/lib/tagged-pdf.server";

const report: DocumentModel = {
  title: "Care and treatment review report: Callum Reid",
  subtitle: "Sent on 20 October 2026",
  lang: "en-GB",
  author: "Grace Holt",
  subject: "The report of the review held on 14 October 2026",
  blocks: [
    { kind: "heading", text: "The report" },
    ...paragraphsOf("Callum is safe on the ward.\n\nHe wants to move closer to his family."),
    { kind: "heading", text: "Who received this report" },
    { kind: "list", items: ["Callum Reid (the person), easy read, on 20 October 2026"] },
  ],
};

/** An entry of a dictionary, following an indirect reference ("5 0 R") to its object. */
function entry(pdf: string, key: string): string {
  const value = new RegExp(`/${key} ((\\d+) 0 R|\\([^)]*\\)|<<[^>]*>>)`).exec(pdf);
  if (!value) return "";
  if (!value[2]) return value[1] ?? "";
  return new RegExp(`\\n${value[2]} 0 obj\\n([\\s\\S]*?)\\nendobj`).exec(pdf)?.[1] ?? "";
}

/** The words on the pages as a PDF reader extracts them (pdf.js, through unpdf). */
async function shownText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

/** The structure elements of page 1 with their role and the words read out for them (Alt or /ActualText). */
async function structureOf(pdf: Buffer): Promise<{ role: string; alt?: string }[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const tree = (await (await document.getPage(1)).getStructTree()) as StructNode;
  const elements: { role: string; alt?: string }[] = [];
  const walk = (node: StructNode) => {
    if (node.role) elements.push({ role: node.role, alt: node.alt });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return elements;
}

/** The /ActualText of each marked run in the content streams: a PDF string in UTF-16. */
function actualTexts(pdf: string): string[] {
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
  const runs = pdf.matchAll(/\/Span <<\s*\/ActualText \(((?:\\.|[^\\)])*)\)\s*>> BDC/g);
  return [...runs].map(([, literal]) => {
    const bytes = (literal ?? "").replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c);
    if (!bytes.startsWith("\u00fe\u00ff")) return bytes;
    return Buffer.from(bytes.slice(2), "latin1").swap16().toString("utf16le");
  });
}

describe("a tagged PDF", () => {
  it("is tagged, in British English, titled, with the document's words as real text", async () => {
    const pdf = (await renderTaggedPdf(report, { compress: false })).toString("latin1");
    expect(pdf.startsWith("%PDF-1.7")).toBe(true);
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(entry(pdf, "MarkInfo")).toMatch(/\/Marked true/);
    expect(entry(pdf, "Lang")).toBe("(en-GB)");
    expect(entry(pdf, "Title")).toBe("(Care and treatment review report: Callum Reid)");
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    for (const type of ["Document", "H1", "H2", "P", "L", "LI", "LBody"])
      expect(pdf, type).toContain(`/S /${type}`);
    const text = await shownText(Buffer.from(pdf, "latin1"));
    for (const words of [
      "Care and treatment review report: Callum Reid",
      "Callum is safe on the ward.",
      "He wants to move closer to his family.",
      "Who received this report",
    ])
      expect(text).toContain(words);
  });

  it("is compressed when served", async () => {
    const pdf = await renderTaggedPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/FlateDecode");
  });

  it("embeds its fonts, so Polish letters are real text in any reader", async () => {
    const polish: DocumentModel = {
      ...report,
      title: "Raport z przeglądu: Łukasz Żółć",
      lang: "pl",
      author: "Grażyna Ślęzak",
      blocks: [
        { kind: "heading", text: "Zażółć gęślą jaźń" },
        ...paragraphsOf("Łukasz chce być bliżej rodziny w Gdańsku; “dziś” – ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż."),
        { kind: "list", items: ["Małgorzata Wójcik (matka): łatwa do czytania"] },
      ],
    };
    const pdf = await renderTaggedPdf(polish, { compress: false });
    const raw = pdf.toString("latin1");
    // Embedded (and subset: only the letters used) Noto Sans, not a standard font a reader substitutes.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    expect(raw).toContain("/FontFile2");
    expect(raw).toContain("/ToUnicode");
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(pdf.length).toBeLessThan(120_000);
    const text = await shownText(pdf);
    for (const words of [
      "Raport z przeglądu: Łukasz Żółć",
      "Zażółć gęślą jaźń",
      "Łukasz chce być bliżej rodziny w Gdańsku; “dziś” – ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż.",
      "Małgorzata Wójcik (matka): łatwa do czytania",
    ])
      expect(text).toContain(words);
    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info.Title).toBe("Raport z przeglądu: Łukasz Żółć");
    expect(info.Author).toBe("Grażyna Ślęzak");
  });

  it("writes Urdu right to left in an Arabic-script font, with its words in reading order for extraction and screen readers", async () => {
    const urdu = "عائشہ وارڈ میں محفوظ ہے۔ وہ اپنے خاندان کے قریب جانا چاہتی ہے۔";
    const mixed = "لکھنے والی: Sarah Morgan (والدہ)";
    const pdf = await renderTaggedPdf(
      {
        ...report,
        title: "رپورٹ: عائشہ خان",
        lang: "ur",
        blocks: [...paragraphsOf(`${urdu}\n\n${mixed}`), { kind: "list", items: [urdu] }],
      },
      { compress: false },
    );
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic-Bold/);
    // The Latin name inside the Urdu line stays real, left-to-right text.
    expect(await shownText(pdf)).toContain("Sarah Morgan");
    // Each right-to-left run says its words in reading order...
    const runs = actualTexts(raw).map((run) => run.trim());
    expect(runs).toContain("رپورٹ: عائشہ خان");
    expect(runs).toContain(urdu);
    expect(runs).toContain("لکھنے والی:");
    expect(runs).toContain("(والدہ)");
    // ...and so does each element, which is what a screen reader reads out.
    const structure = await structureOf(pdf);
    expect(structure).toContainEqual({ role: "H1", alt: "رپورٹ: عائشہ خان" });
    expect(structure).toContainEqual({ role: "P", alt: urdu });
    expect(structure).toContainEqual({ role: "P", alt: mixed });
    expect(structure).toContainEqual({ role: "LBody", alt: urdu });
  });
});

describe("the one-page profile as a document", () => {
  it("has every standard heading, each answer with who wrote it, and the photo's words", () => {
    const model = profileDocument("Alex Morgan", {
      version: 2,
      sentOn: "20 September 2026",
      photo: { src: "data:image/png;base64,AAAA", alt: "Alex smiling in the garden" },
      answers: [{ key: "importantToMe", answer: "My dog Biscuit", author: "Sarah Morgan" }],
    });
    expect(model.title).toBe("One-page profile: Alex Morgan");
    expect(model.blocks[0]).toEqual({
      kind: "figure",
      dataUrl: "data:image/png;base64,AAAA",
      alt: "Alex smiling in the garden",
    });
    expect(model.blocks.filter((b) => b.kind === "heading")).toHaveLength(5);
    expect(model.blocks).toContainEqual({
      kind: "paragraph",
      text: "My dog Biscuit\n(Written by Sarah Morgan)",
    });
    expect(model.blocks).toContainEqual({ kind: "paragraph", text: "Not written." });
  });

  it("as a PDF, shows the photo as a figure with its words", async () => {
    const png =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    const model = profileDocument("Alex Morgan", {
      version: 2,
      sentOn: "20 September 2026",
      photo: { src: `data:image/png;base64,${png}`, alt: "Alex smiling in the garden" },
      answers: [{ key: "importantToMe", answer: "My dog Biscuit", author: "Sarah Morgan" }],
    });
    const pdf = await renderTaggedPdf(model, { compress: false });
    expect(pdf.toString("latin1")).toContain("/S /Figure");
    expect(pdf.toString("latin1")).toContain("/Alt (Alex smiling in the garden)");
    expect(await shownText(pdf)).toContain("My dog Biscuit");
  });

  it("says the photo's words when the picture cannot be read", async () => {
    const model = profileDocument("Alex Morgan", {
      version: 2,
      sentOn: "20 September 2026",
      photo: { src: "data:image/png;base64,bm90IGEgcGljdHVyZQ==", alt: "Alex in the garden" },
      answers: [],
    });
    const pdf = await renderTaggedPdf(model, { compress: false });
    expect(pdf.toString("latin1")).not.toContain("/S /Figure");
    expect(await shownText(pdf)).toContain("Photo: Alex in the garden");
  });
});
