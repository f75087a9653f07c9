/** Reads a PDF back with pdf.js: its pages' sizes, their text, and the fonts it embeds. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ParsedPdf {
  pages: { width: number; height: number; text: string }[];
  text: string;
  fonts: string[];
}

export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ParsedPdf["pages"] = [];
  const fonts = new Set<string>();
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("");
    for (const style of Object.values(content.styles)) fonts.add(style.fontFamily);
    const ops = await page.getOperatorList();
    void ops;
    pages.push({ width, height, text });
  }
  await pdf.destroy();
  return { pages, text: pages.map((p) => p.text).join("\n"), fonts: [...fonts] };
}
