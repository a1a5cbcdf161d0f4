import { describe, expect, it } from "vitest";
import { type DocumentModel, paragraphsOf } from "../app/lib/document";
import { profileDocument } from "../app/lib/profile-document.server";
import { renderTaggedPdf, toWinAnsi } from "../app/lib/tagged-pdf.server";

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

/** The words shown on the pages: pdfkit writes each run of text as a hex string in a TJ array. */
function shownText(pdf: string): string {
  const runs: string[] = [];
  for (const [, array] of pdf.matchAll(/\[((?:<[0-9a-f]*>\s*-?\d*\.?\d*\s*)+)\]\s*TJ/g)) {
    for (const [, hex] of (array ?? "").matchAll(/<([0-9a-f]*)>/g))
      runs.push(Buffer.from(hex ?? "", "hex").toString("latin1"));
    runs.push(" ");
  }
  return runs.join("").replace(/\s+/g, " ");
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
    const text = shownText(pdf);
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

  it("keeps typographic punctuation and stands in for what the standard fonts cannot show", () => {
    expect(toWinAnsi("Zoë’s plan – “today”")).toBe("Zoë’s plan – “today”");
    expect(toWinAnsi("سلام")).toBe("????");
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
    const pdf = (await renderTaggedPdf(model, { compress: false })).toString("latin1");
    expect(pdf).toContain("/S /Figure");
    expect(pdf).toContain("/Alt (Alex smiling in the garden)");
    expect(shownText(pdf)).toContain("My dog Biscuit");
  });

  it("says the photo's words when the picture cannot be read", async () => {
    const model = profileDocument("Alex Morgan", {
      version: 2,
      sentOn: "20 September 2026",
      photo: { src: "data:image/png;base64,bm90IGEgcGljdHVyZQ==", alt: "Alex in the garden" },
      answers: [],
    });
    const pdf = (await renderTaggedPdf(model, { compress: false })).toString("latin1");
    expect(pdf).not.toContain("/S /Figure");
    expect(shownText(pdf)).toContain("Photo: Alex in the garden");
  });
});
