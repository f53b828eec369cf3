/** Error codes of the API (spec "Error Codes") and the HTTP status each maps to. */
const ERROR_STATUS = {
  VALIDATION_ERROR: 422,
  AUTHENTICATION_ERROR: 401,
  AUTHORIZATION_ERROR: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RANGE_NOT_SATISFIABLE: 416,
  ACCOUNT_LOCKED: 423,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Field name → messages, as returned in `error.details` for validation errors. */
export type FieldErrors = Record<string, string[]>;

/** The one error type services throw; route handlers and actions map it once. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldErrors | Record<string, unknown> | null;
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      details?: AppError["details"];
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? null;
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const validationError = (details: FieldErrors, message = "Invalid input data") =>
  new AppError("VALIDATION_ERROR", message, { details });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Database or network faults that a retry may fix: 503 rather than 500 (API and actions). */
export function isDependencyUnavailable(error: unknown): boolean {
  // P2028: a transaction could not start, or ran out of time, on an overloaded instance.
  if (error instanceof Error && (error as { code?: unknown }).code === "P2028") return true;
  const text = error instanceof Error ? `${error.name} ${error.message}` : "";
  return /ECONNREFUSED|ETIMEDOUT|Can't reach database|PrismaClientInitializationError|Connection terminated/i.test(
    text,
  );
}
