/** Where uploaded resume files live: a local folder or an S3-compatible bucket. */
export interface ResumeFileStore {
  /** The scheme of this store's locators (`disk:` or `s3:`). */
  readonly scheme: "disk" | "s3";
  /** Stores bytes under a key; returns the locator kept in resumes.file_url. */
  put(key: string, body: Uint8Array, contentType: string): Promise<string>;
  get(locator: string): Promise<Buffer>;
  /** Removes the file; a file that is already gone is not an error. */
  delete(locator: string): Promise<void>;
}

/** `disk:resumes/7/ab12.pdf` → `disk`; `s3://bucket/key` → `s3`. */
export function schemeOf(locator: string): "disk" | "s3" | null {
  if (locator.startsWith("disk:")) return "disk";
  if (locator.startsWith("s3://")) return "s3";
  return null;
}
