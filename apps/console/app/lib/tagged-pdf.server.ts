import PDFDocument from "pdfkit";
import type { DocumentModel } from "./document";
import {
  drawLine,
  layOut,
  readsRightToLeft,
  registerFonts,
  type TextBox,
  type Weight,
} from "./pdf-text.server";

/**
 * A document as a tagged PDF (PDF/UA-style structure: Document, H1, H2, P,
 * L/LI/Lbl/LBody, Figure with alt text), with its language, title and real
 * text, written here on the server by pdfkit: no browser and no service
 * outside the machine (ADR 0032), in embedded Unicode fonts so Polish and
 * Urdu read as written (ADR 0036).
 */

const A4_MARGIN = 56; // 2 cm
const INK = "#0b0c0c";

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
      Title: model.title,
      Author: model.author,
      Subject: model.subject,
      Creator: "CETR staff console",
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  registerFonts(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  const left = A4_MARGIN;
  const width = doc.page.width - 2 * A4_MARGIN;

  /**
   * Words as one structure element, a line at a time: marked content cannot
   * cross a page, so each line is its own piece of the element. Text with
   * right-to-left writing also carries its words in reading order
   * (/ActualText), for a screen reader that reads the element whole.
   */
  const write = (words: string, element: PDFKit.PDFStructureElement, box: TextBox) => {
    let y = doc.y;
    for (const line of layOut(doc, words, box)) {
      const height = doc
        .font(box.weight === "bold" ? "latinBold" : "latin")
        .fontSize(box.size)
        .currentLineHeight(true);
      if (y + height > doc.page.maxY()) {
        doc.addPage();
        y = doc.page.margins.top;
      }
      element.add(() => {
        y += drawLine(doc, line, y, box);
      });
    }
    doc.x = left;
    doc.y = y;
  };
  const block = (type: string, words: string, weight: Weight, size: number, gap: number) => {
    const element = doc.struct(type, readsRightToLeft(words) ? { actual: words } : {});
    root.add(element);
    doc.fillColor(INK);
    write(words, element, { x: left, width, size, weight, lineGap: 2 });
    element.end();
    doc.moveDown(gap);
  };

  block("H1", model.title, "bold", 22, 0.3);
  block("P", model.subtitle, "regular", 12, 0.8);
  for (const part of model.blocks) {
    switch (part.kind) {
      case "heading":
        doc.moveDown(0.4);
        block("H2", part.text, "bold", 16, 0.3);
        break;
      case "paragraph":
        block("P", part.text, "regular", 12, 0.6);
        break;
      case "list": {
        const list = doc.struct("L");
        root.add(list);
        for (const item of part.items) {
          const rtl = readsRightToLeft(item);
          const entry = doc.struct("LI");
          list.add(entry);
          const label = doc.struct("Lbl");
          entry.add(label);
          const top = doc.y;
          // The bullet sits before the words: at the right of a right-to-left item.
          label.add(() => {
            doc.circle(rtl ? left + width - 3 : left + 3, top + 8, 2.5).fill(INK);
          });
          label.end();
          const body = doc.struct("LBody", rtl ? { actual: item } : {});
          entry.add(body);
          write(item, body, {
            x: rtl ? left : left + 14,
            width: width - 14,
            size: 12,
            weight: "regular",
            lineGap: 2,
          });
          body.end();
          entry.end();
        }
        list.end();
        doc.moveDown(0.6);
        break;
      }
      case "figure": {
        const picture = openPicture(doc, part.dataUrl);
        if (!picture) {
          // A picture pdfkit cannot read still has its words said.
          block("P", `Photo: ${part.alt}`, "regular", 12, 0.6);
          break;
        }
        root.add(
          doc.struct("Figure", { alt: part.alt }, () => {
            doc.image(picture, left, doc.y, { fit: [120, 120] });
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
