import { ResumeFileError } from "./errors";
import type { ResumeFileKind } from "./file-type";
import { normaliseText } from "./normalise-text";
import { layoutPage, type PositionedText } from "./pdf-layout";

/** Pages beyond this are not read: resumes are short, and a 500-page PDF must not stall a worker. */
export const MAX_PDF_PAGES = 30;
/** Fewer letters than this is no resume text (a scan, an empty template). */
const MIN_LETTERS = 40;

export interface ExtractedText {
  kind: ResumeFileKind;
  text: string;
  /** Pages in the file (PDF); 1 for DOCX. */
  pages: number;
  /** Pages actually read. */
  pagesRead: number;
}

const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

function noText(hasImages: boolean): ResumeFileError {
  return hasImages
    ? new ResumeFileError(
        "NO_TEXT_LAYER",
        "This PDF is a scanned image with no text layer. Export the resume from your editor as PDF or .docx (or run it through OCR) and upload that.",
      )
    : new ResumeFileError("NO_TEXT", "The document contains no readable text.");
}

interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function positioned(item: TextItemLike): PositionedText | null {
  if (typeof item.str !== "string" || !Array.isArray(item.transform)) return null;
  const [a, b, c, d, x, y] = item.transform as number[];
  const size =
    Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || Number(item.height) || 10;
  return { text: item.str, x: x ?? 0, y: y ?? 0, width: Number(item.width) || 0, size };
}

async function extractPdf(data: Uint8Array): Promise<ExtractedText> {
  const { getDocumentProxy, getResolvedPDFJS } = await import("unpdf");
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js detaches the buffer it is given. No eval, no fonts: text only.
    doc = await getDocumentProxy(new Uint8Array(data), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new ResumeFileError(
        "ENCRYPTED",
        "This PDF is password-protected. Remove the password (print or export it again without one) and upload it again.",
        { cause: error },
      );
    }
    throw new ResumeFileError(
      "CORRUPT",
      "The PDF is damaged or not a valid PDF. Export it again from your editor and upload the new file.",
      { cause: error },
    );
  }
  try {
    const pagesRead = Math.min(doc.numPages, MAX_PDF_PAGES);
    const pageTexts: string[] = [];
    let hasImages = false;
    const { OPS } = await getResolvedPDFJS();
    const imageOps = new Set<number>([
      OPS.paintImageXObject,
      OPS.paintInlineImageXObject,
      OPS.paintImageMaskXObject,
      OPS.paintImageXObjectRepeat,
    ]);
    for (let n = 1; n <= pagesRead; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items
        .map((item) => positioned(item as TextItemLike))
        .filter((item): item is PositionedText => item !== null);
      const text = layoutPage(items);
      pageTexts.push(text);
      if (letterCount(text) < MIN_LETTERS && !hasImages) {
        const ops = await page.getOperatorList();
        hasImages = ops.fnArray.some((op) => imageOps.has(op));
      }
      page.cleanup();
    }
    const text = normaliseText(pageTexts.join("\n\n"));
    if (letterCount(text) < MIN_LETTERS) throw noText(hasImages);
    return { kind: "pdf", text, pages: doc.numPages, pagesRead };
  } catch (error) {
    if (error instanceof ResumeFileError) throw error;
    throw new ResumeFileError(
      "CORRUPT",
      "Part of the PDF could not be read; it may be damaged. Export it again and upload the new file.",
      { cause: error },
    );
  } finally {
    await doc.destroy();
  }
}

async function extractDocx(data: Uint8Array): Promise<ExtractedText> {
  const mammoth = await import("mammoth");
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    raw = result.value;
  } catch (error) {
    throw new ResumeFileError(
      "CORRUPT",
      "The Word document is damaged or not a valid .docx file. Save it again from Word and upload the new file.",
      { cause: error },
    );
  }
  // mammoth ends every paragraph with a blank line; one line per paragraph reads like the PDF.
  const text = normaliseText(raw.replace(/\n\n/g, "\n"));
  if (letterCount(text) < MIN_LETTERS) throw noText(false);
  return { kind: "docx", text, pages: 1, pagesRead: 1 };
}

/**
 * The resume's text in reading order (columns read one after the other), normalised. Throws
 * ResumeFileError for encrypted, scanned (no text layer), empty or damaged files.
 */
export async function extractResumeText(
  data: Uint8Array,
  kind: ResumeFileKind,
): Promise<ExtractedText> {
  return kind === "pdf" ? extractPdf(data) : extractDocx(data);
}
