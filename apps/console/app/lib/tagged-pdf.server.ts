import PDFDocument from "pdfkit";
import type { DocumentModel } from "./document";

/**
 * A document as a tagged PDF (PDF/UA-style structure: Document, H1, H2, P,
 * L/LI/Lbl/LBody, Figure with alt text), with its language, title and real
 * text, written here on the server by pdfkit: no browser and no service
 * outside the machine (ADR 0032).
 */

const A4_MARGIN = 56; // 2 cm
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

/** The standard PDF fonts only know Windows-1252: other characters would come out as gaps. */
const WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
export function toWinAnsi(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2010-\u2012]/g, "-")
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/[^\n\t\u0020-\u007e\u00a1-\u00ff]/g, (ch) =>
      WIN_ANSI_EXTRAS.includes(ch) ? ch : "?",
    );
}

/**
 * The picture, read before it is placed (so a bad one cannot break the page
 * half-written), or null if it is not a PNG or JPEG pdfkit can read.
 * `openImage` is pdfkit's own, missing from @types/pdfkit; `image()` takes
 * what it returns.
 */
function openPicture(doc: PDFKit.PDFDocument, dataUrl: string): Buffer | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!match?.[2]) return null;
  const reader = doc as unknown as { openImage(src: Buffer): Buffer };
  try {
    return reader.openImage(Buffer.from(match[2], "base64"));
  } catch {
    return null;
  }
}

export interface PdfOptions {
  /** Off only in tests, so they can read the text in the content streams. */
  compress?: boolean;
}

export function renderTaggedPdf(model: DocumentModel, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: A4_MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    compress: options.compress ?? true,
    info: {
      Title: toWinAnsi(model.title),
      Author: toWinAnsi(model.author),
      Subject: toWinAnsi(model.subject),
      Creator: "CETR staff console",
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - 2 * A4_MARGIN;
  const text = (words: string, type: string, font: string, size: number, gap: number) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor("#0b0c0c")
      .text(toWinAnsi(words), { width, structParent: root, structType: type, lineGap: 2 });
    doc.moveDown(gap);
  };

  text(model.title, "H1", BOLD, 22, 0.3);
  text(model.subtitle, "P", FONT, 12, 0.8);
  for (const block of model.blocks) {
    switch (block.kind) {
      case "heading":
        doc.moveDown(0.4);
        text(block.text, "H2", BOLD, 16, 0.3);
        break;
      case "paragraph":
        text(block.text, "P", FONT, 12, 0.6);
        break;
      case "list": {
        const list = doc.struct("L");
        root.add(list);
        doc
          .font(FONT)
          .fontSize(12)
          .list(
            block.items.map((item) => toWinAnsi(item)),
            { width, structParent: list, bulletRadius: 2.5, textIndent: 12, lineGap: 2 },
          );
        list.end();
        doc.moveDown(0.6);
        break;
      }
      case "figure": {
        const picture = openPicture(doc, block.dataUrl);
        if (!picture) {
          // A picture pdfkit cannot read still has its words said.
          text(`Photo: ${block.alt}`, "P", FONT, 12, 0.6);
          break;
        }
        root.add(
          doc.struct("Figure", { alt: toWinAnsi(block.alt) }, () => {
            doc.image(picture, { fit: [120, 120] });
          }),
        );
        doc.moveDown(0.6);
        break;
      }
    }
  }
  root.end();
  doc.end();
  return done;
}

/** The PDF as a download: personal data, so never kept by a shared cache. */
export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
