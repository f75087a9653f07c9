// Server-only: the commercial offer as a PDF (A4, selectable text, page numbers), drawn with
// pdfkit from the same document model the print page shows. The text is set in DejaVu Sans,
// embedded (subset) from the dejavu-fonts-ttf package, which covers Cyrillic and the ₽ sign.
// See docs/decisions/0009-offer-pdf.md.
import "server-only";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { OfferDocument } from "./document";

const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = join(FONT_DIR, "DejaVuSans.ttf");
const BOLD = join(FONT_DIR, "DejaVuSans-Bold.ttf");

const MARGIN = 42;
const FOOTER = 28;
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const SHADE = "#eef2ff";

type Doc = InstanceType<typeof PDFDocument>;

/** Renders the offer; `pageLabel(n, total)` words the page numbers. */
export function renderOfferPdf(doc: OfferDocument, pageLabel: (n: number, total: number) => string): Promise<Buffer> {
  const pdf: Doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: doc.locale === "ru" ? "ru-RU" : "en-GB",
    info: { Title: `${doc.title} ${doc.subtitle}`, Subject: doc.title, Creator: "kasko-compare", Producer: "kasko-compare (pdfkit)" },
    displayTitle: true,
  });
  pdf.registerFont("regular", REGULAR);
  pdf.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const width = pdf.page.width - MARGIN * 2;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;

  pdf.font("bold").fontSize(17).fillColor(INK).text(doc.title, MARGIN, MARGIN, { width });
  pdf.font("regular").fontSize(12).text(doc.subtitle, { width });
  pdf.fontSize(9).fillColor(MUTED).text(doc.preparedOn, { width }).moveDown(0.8);

  const block = (heading: string, lines: string[]) => {
    pdf.font("bold").fontSize(11).fillColor(INK).text(heading, MARGIN, pdf.y, { width });
    pdf.moveDown(0.2).font("regular").fontSize(9.5);
    for (const line of lines) pdf.text(line, MARGIN, pdf.y, { width });
    pdf.moveDown(0.7);
  };
  block(doc.contacts.heading, doc.contacts.lines.map((l) => `${l.label}: ${l.value}`));
  block(doc.car.heading, doc.car.lines.map((l) => `${l.label}: ${l.value}`));
  block(doc.drivers.heading, doc.drivers.lines);

  // The offers side by side: one label column, one column per insurer.
  pdf.font("bold").fontSize(11).fillColor(INK).text(doc.offersHeading, MARGIN, pdf.y, { width });
  pdf.moveDown(0.3);
  const n = doc.insurers.length;
  const labelWidth = n >= 4 ? 110 : 140;
  const colWidth = (width - labelWidth) / n;
  const pad = 4;
  const size = n >= 4 ? 8 : 9;

  const rowHeight = (cells: string[], font: string) => {
    pdf.font(font).fontSize(size);
    return Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: (i === 0 ? labelWidth : colWidth) - pad * 2 }))) + pad * 2;
  };
  const drawRow = (cells: string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    if (pdf.y + h > bottom()) {
      pdf.addPage();
      pdf.y = MARGIN;
      drawHeader();
    }
    const y = pdf.y;
    if (fill) pdf.rect(MARGIN, y, width, h).fill(fill);
    pdf.fillColor(INK).font(font).fontSize(size);
    cells.forEach((text, i) => {
      const x = i === 0 ? MARGIN : MARGIN + labelWidth + (i - 1) * colWidth;
      pdf.text(text, x + pad, y + pad, { width: (i === 0 ? labelWidth : colWidth) - pad * 2 });
    });
    pdf.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  const drawHeader = () => drawRow([doc.conditionHeading, ...doc.insurers], "bold", SHADE);

  drawHeader();
  for (const row of doc.rows) drawRow([row.label, ...row.values], row.emphasis === "total" ? "bold" : "regular", row.emphasis === "total" ? SHADE : undefined);

  pdf.moveDown(1);
  pdf.font("regular").fontSize(9.5).fillColor(INK);
  for (const line of doc.validity) pdf.text(line, MARGIN, pdf.y, { width });
  if (doc.demoNotice) {
    pdf.moveDown(0.6).font("regular").fontSize(8.5).fillColor(MUTED).text(doc.demoNotice, MARGIN, pdf.y, { width });
  }

  // Page numbers, once every page exists. Written inside the bottom margin, so it is lifted meanwhile.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const saved = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("regular")
      .fontSize(8)
      .fillColor(MUTED)
      .text(pageLabel(i + 1, range.count), MARGIN, pdf.page.height - MARGIN - 10, { width, align: "center", lineBreak: false });
    pdf.page.margins.bottom = saved;
  }
  pdf.end();
  return done;
}
