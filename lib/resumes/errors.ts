import { AppError, type ErrorCode } from "@/lib/errors";

/** Why an uploaded resume cannot be used; each maps to one HTTP status and one message. */
export type ResumeFileProblem =
  | "TOO_LARGE"
  | "EMPTY_FILE"
  | "UNSUPPORTED_TYPE"
  | "TYPE_MISMATCH"
  | "LEGACY_DOC"
  | "ENCRYPTED"
  | "NO_TEXT_LAYER"
  | "NO_TEXT"
  | "CORRUPT";

const CODE: Record<ResumeFileProblem, ErrorCode> = {
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  EMPTY_FILE: "VALIDATION_ERROR",
  UNSUPPORTED_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  TYPE_MISMATCH: "UNSUPPORTED_MEDIA_TYPE",
  LEGACY_DOC: "UNSUPPORTED_MEDIA_TYPE",
  ENCRYPTED: "VALIDATION_ERROR",
  NO_TEXT_LAYER: "VALIDATION_ERROR",
  NO_TEXT: "VALIDATION_ERROR",
  CORRUPT: "VALIDATION_ERROR",
};

/**
 * A resume file the product cannot read, with a message written for the candidate. An AppError,
 * so the API answers 413 / 415 / 422 with `details.file` and the pipeline can store the message.
 */
export class ResumeFileError extends AppError {
  readonly problem: ResumeFileProblem;

  constructor(problem: ResumeFileProblem, message: string, options: { cause?: unknown } = {}) {
    super(CODE[problem], message, { details: { file: [message] }, cause: options.cause });
    this.name = "ResumeFileError";
    this.problem = problem;
  }
}

export const isResumeFileError = (error: unknown): error is ResumeFileError =>
  error instanceof ResumeFileError;
