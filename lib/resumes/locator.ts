import { RESUME_MIME_TYPES, type ResumeFileKind } from "./file-type";

export const kindOf = (mimeType: string): ResumeFileKind =>
  mimeType === RESUME_MIME_TYPES.docx ? "docx" : "pdf";

/** The storage key inside a locator (`disk:<key>` or `s3://<bucket>/<key>`). */
export const keyOfLocator = (locator: string): string =>
  locator.startsWith("disk:") ? locator.slice(5) : locator.replace(/^s3:\/\/[^/]+\//, "");
