import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ResumeDocument } from "./render";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function paragraph(block: Block, listBullets: boolean, rightDates: boolean): Paragraph {
  switch (block.kind) {
    case "name":
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: block.text, bold: true, size: 36 })],
      });
    case "contact":
      return new Paragraph({ children: [new TextRun({ text: block.text, size: 18 })] });
    case "heading":
      return new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 200 },
        children: [new TextRun({ text: block.text, bold: true })],
      });
    case "bullet":
      return listBullets
        ? new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.text)] })
        : new Paragraph({ children: [new TextRun(`• ${block.text}`)] });
    case "entry":
      if (rightDates && block.dates) {
        return new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
          children: [
            new TextRun({ text: block.text, bold: true }),
            new TextRun({ text: `\t${block.dates}` }),
          ],
        });
      }
      return new Paragraph({
        children: [new TextRun({ text: block.text, bold: Boolean(block.bold) })],
      });
    case "para":
      return new Paragraph({
        children: [new TextRun({ text: block.text, bold: Boolean(block.bold) })],
      });
  }
}

const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    children: children.length ? children : [new Paragraph("")],
  });

/** Entries with their dates in a left table column, the rest of the block beside them. */
function datesTable(blocks: readonly Block[], listBullets: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  let current: { dates: string; content: Paragraph[] } | null = null;
  const flushRow = () => {
    if (current)
      rows.push(
        new TableRow({
          children: [cell([new Paragraph(current.dates)], 22), cell(current.content, 78)],
        }),
      );
    current = null;
  };
  const flushTable = () => {
    flushRow();
    if (rows.length)
      out.push(
        new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS }),
      );
    rows = [];
  };
  for (const block of blocks) {
    if (block.kind === "entry" && block.dates) {
      flushRow();
      current = {
        dates: block.dates,
        content: [paragraph({ ...block, dates: undefined }, listBullets, false)],
      };
    } else if (current && (block.kind === "bullet" || block.kind === "para")) {
      current.content.push(paragraph(block, listBullets, false));
    } else {
      flushTable();
      out.push(paragraph(block, listBullets, false));
    }
  }
  flushTable();
  return out;
}

/** A real .docx: paragraphs, Word bullets or bullet characters, tables for columns. */
export async function writeDocx(
  doc: ResumeDocument,
  options: { listBullets: boolean; title: string },
): Promise<Uint8Array> {
  const p = (b: Block) => paragraph(b, options.listBullets, doc.layout === "right-dates");
  let body: (Paragraph | Table)[];
  if (doc.side.length > 0) {
    const side = cell(doc.side.map(p), 32);
    const main = cell(doc.main.map(p), 68);
    const row = new TableRow({
      children: doc.layout === "sidebar-left" ? [side, main] : [main, side],
    });
    body = [
      ...doc.header.map(p),
      new Table({
        rows: [row],
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: NO_BORDERS,
      }),
    ];
  } else if (doc.layout === "table-dates") {
    body = [...doc.header.map(p), ...datesTable(doc.main, options.listBullets)];
  } else {
    body = [...doc.header, ...doc.main].map(p);
  }
  const document = new Document({
    title: options.title,
    creator: "InterviewMaster resume fixtures",
    sections: [{ properties: {}, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
