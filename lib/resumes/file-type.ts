import { ResumeFileError } from "./errors";

export type ResumeFileKind = "pdf" | "docx";

/** Uploads above this are refused (413) before any parsing. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

export const RESUME_MIME_TYPES: Record<ResumeFileKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const PDF_MAGIC = Buffer.from("%PDF-");
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// OLE compound file: legacy .doc, and also how Office stores a password-protected .docx.
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

const startsWith = (bytes: Buffer, magic: Buffer): boolean =>
  bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : "";
}

/** What the bytes are, by signature alone. */
function sniff(bytes: Buffer): ResumeFileKind | "zip" | "cfb" | "encrypted-office" | null {
  // PDF readers accept the header anywhere in the first KiB (after a BOM or junk).
  if (bytes.subarray(0, 1024).includes(PDF_MAGIC)) return "pdf";
  if (startsWith(bytes, ZIP_MAGIC)) {
    return bytes.includes(Buffer.from("word/document.xml")) ? "docx" : "zip";
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    return bytes.includes(ENCRYPTED_PACKAGE) ? "encrypted-office" : "cfb";
  }
  return null;
}

/**
 * Checks an upload before it is stored: size (≤ 10 MB), extension (.pdf / .docx) and that the
 * content really is what the extension says. Returns the kind; throws a ResumeFileError with
 * the candidate-facing reason otherwise. Encrypted, scanned and empty documents are found when
 * the text is extracted.
 */
export function checkResumeFile(fileName: string, data: Uint8Array): ResumeFileKind {
  if (data.byteLength > MAX_RESUME_BYTES) {
    throw new ResumeFileError(
      "TOO_LARGE",
      `The file is ${(data.byteLength / 1024 / 1024).toFixed(1)} MB; resumes can be at most 10 MB.`,
    );
  }
  if (data.byteLength === 0) throw new ResumeFileError("EMPTY_FILE", "The file is empty.");
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const extension = extensionOf(fileName);
  const actual = sniff(bytes);

  if (actual === "encrypted-office") {
    throw new ResumeFileError(
      "ENCRYPTED",
      "This Word document is password-protected. Remove the password and upload it again.",
    );
  }
  if (extension === "doc" || (actual === "cfb" && extension !== "pdf")) {
    throw new ResumeFileError(
      "LEGACY_DOC",
      "Old Word (.doc) files are not supported. Save it as .docx or PDF and upload that.",
    );
  }
  if (extension !== "pdf" && extension !== "docx") {
    throw new ResumeFileError(
      "UNSUPPORTED_TYPE",
      `${extension ? `.${extension}` : "This"} files are not supported. Upload a PDF or a Word (.docx) file.`,
    );
  }
  if (actual !== extension) {
    const what =
      actual === "pdf"
        ? "a PDF"
        : actual === "docx"
          ? "a Word document"
          : "neither a PDF nor a Word document";
    throw new ResumeFileError(
      "TYPE_MISMATCH",
      `The file is named .${extension} but its content is ${what}. Upload the original PDF or .docx file.`,
    );
  }
  return extension;
}
