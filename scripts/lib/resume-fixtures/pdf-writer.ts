import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { Block, ResumeDocument } from "./render";

const PAGE: [number, number] = [595.28, 841.89];
const FIXED_DATE = new Date(Date.UTC(2026, 5, 1));
const MARGIN = 42;
const BOTTOM = 48;

function geistFile(name: string): string {
  let dir = process.cwd();
  for (;;) {
    const file = path.join(dir, "node_modules", "geist", "dist", "fonts", "geist-sans", name);
    if (existsSync(file)) return file;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Font ${name} not found (is the geist package installed?)`);
    dir = parent;
  }
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Helvetica when every character is in its WinAnsi set, else the bundled Geist (Unicode). */
async function fontsFor(pdf: PDFDocument, text: string, preferEmbedded: boolean): Promise<Fonts> {
  const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
  let winAnsi = true;
  try {
    helvetica.encodeText(text);
  } catch {
    winAnsi = false;
  }
  if (winAnsi && !preferEmbedded) {
    return { regular: helvetica, bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  }
  pdf.registerFontkit(fontkit);
  return {
    regular: await pdf.embedFont(readFileSync(geistFile("Geist-Regular.ttf")), { subset: true }),
    bold: await pdf.embedFont(readFileSync(geistFile("Geist-Bold.ttf")), { subset: true }),
  };
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A column that flows onto new pages; each column keeps its own cursor. */
class Column {
  private pageIndex = 0;
  private y: number;

  constructor(
    private readonly doc: PdfBook,
    readonly x: number,
    readonly width: number,
    top: number,
  ) {
    this.y = top;
  }

  private page(): PDFPage {
    return this.doc.page(this.pageIndex);
  }

  private advance(height: number) {
    if (this.y - height < BOTTOM) {
      this.pageIndex++;
      this.y = PAGE[1] - MARGIN;
    }
    this.y -= height;
  }

  draw(block: Block, fonts: Fonts, mode: "plain" | "table" | "right") {
    const size = block.kind === "name" ? 19 : block.kind === "heading" ? 12 : 9.8;
    const font =
      block.kind === "name" ||
      block.kind === "heading" ||
      (block.kind !== "contact" && "bold" in block && block.bold)
        ? fonts.bold
        : fonts.regular;
    const lead = size * 1.35;
    if (block.kind === "heading") this.advance(size * 0.6);
    const dateColumn = mode === "table" ? 112 : 0;
    const indent = block.kind === "bullet" ? 10 : 0;
    const x = this.x + dateColumn + indent;
    const width = this.width - dateColumn - indent;
    const text =
      block.kind === "bullet"
        ? block.text
        : block.kind === "heading"
          ? block.text.toUpperCase()
          : block.text;
    const dates = block.kind === "entry" ? block.dates : undefined;
    const lines = wrap(
      text,
      font,
      size,
      mode === "right" && dates ? width - fonts.regular.widthOfTextAtSize(dates, size) - 16 : width,
    );
    lines.forEach((line, i) => {
      this.advance(lead);
      const page = this.page();
      if (i === 0 && block.kind === "bullet")
        page.drawText("•", { x: x - 9, y: this.y, size, font: fonts.regular });
      page.drawText(line, { x, y: this.y, size, font });
      if (i === 0 && dates) {
        const dx =
          mode === "table"
            ? this.x
            : this.x + this.width - fonts.regular.widthOfTextAtSize(dates, size);
        page.drawText(dates, { x: dx, y: this.y, size, font: fonts.regular });
      }
    });
    if (block.kind === "heading") this.advance(2);
  }

  get cursor(): { page: number; y: number } {
    return { page: this.pageIndex, y: this.y };
  }
}

class PdfBook {
  readonly pages: PDFPage[] = [];
  constructor(readonly pdf: PDFDocument) {}
  page(index: number): PDFPage {
    while (this.pages.length <= index) this.pages.push(this.pdf.addPage(PAGE));
    return this.pages[index]!;
  }
}

/** A real PDF with a text layer, laid out like the document says (columns, date columns). */
export async function writePdf(
  doc: ResumeDocument,
  options: { embedFont: boolean; title: string },
): Promise<Uint8Array> {
  // Fixed metadata: the same seed writes the same bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(options.title);
  pdf.setCreator("InterviewMaster resume fixtures");
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const all = [...doc.header, ...doc.main, ...doc.side]
    .map((b) => ("dates" in b && b.dates ? `${b.text} ${b.dates}` : b.text))
    .join(" ");
  const fonts = await fontsFor(pdf, `${all} •`, options.embedFont);
  const book = new PdfBook(pdf);
  const full = new Column(book, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - MARGIN);
  for (const block of doc.header) full.draw(block, fonts, "plain");
  const top = full.cursor.y - 8;
  const mode =
    doc.layout === "table-dates" ? "table" : doc.layout === "right-dates" ? "right" : "plain";
  if (doc.side.length === 0) {
    const main = new Column(book, MARGIN, PAGE[0] - 2 * MARGIN, top);
    for (const block of doc.main) main.draw(block, fonts, mode);
  } else {
    const sideWidth = 150;
    const gutter = 28;
    const mainWidth = PAGE[0] - 2 * MARGIN - sideWidth - gutter;
    const sideX = doc.layout === "sidebar-left" ? MARGIN : MARGIN + mainWidth + gutter;
    const mainX = doc.layout === "sidebar-left" ? MARGIN + sideWidth + gutter : MARGIN;
    const side = new Column(book, sideX, sideWidth, top);
    const main = new Column(book, mainX, mainWidth, top);
    for (const block of doc.side) side.draw(block, fonts, "plain");
    for (const block of doc.main) main.draw(block, fonts, "plain");
  }
  return pdf.save();
}
