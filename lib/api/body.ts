import type { z } from "zod";
import { AppError, validationError } from "@/lib/errors";
import { parseInput } from "@/lib/validations/parse";

const MAX_JSON_BODY = 1024 * 1024;

const tooLarge = (limit = MAX_JSON_BODY, message?: string) =>
  new AppError("PAYLOAD_TOO_LARGE", message ?? `Request body must be at most ${limit} bytes`);

/** Reads at most `limit` bytes even when Content-Length is absent or lies (413 past it). */
export async function readLimitedBytes(
  request: Request,
  limit: number,
  message?: string,
): Promise<Buffer> {
  const tooLarge_ = () => tooLarge(limit, message);
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge_();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge_();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readLimited(request: Request, limit: number): Promise<string> {
  return (await readLimitedBytes(request, limit)).toString("utf8");
}

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

// Multipart boundaries and headers around the file.
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The one file of a multipart/form-data upload: 413 when the body is larger than the file may
 * be (checked while reading, whatever Content-Length says), 415 when not multipart, 422 when the
 * field is missing.
 */
export async function readUploadedFile(
  request: Request,
  options: { field: string; maxBytes: number; tooLargeMessage: string },
): Promise<UploadedFile> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload the file as multipart/form-data");
  }
  const body = await readLimitedBytes(
    request,
    options.maxBytes + MULTIPART_OVERHEAD,
    options.tooLargeMessage,
  );
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw validationError({ [options.field]: ["The upload could not be read; send it again"] });
  }
  const file = form.get(options.field);
  if (!(file instanceof Blob)) {
    throw validationError({ [options.field]: ["Choose a file to upload"] });
  }
  return {
    name: "name" in file && typeof file.name === "string" ? file.name : "upload",
    type: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
}

/** Parses a JSON body against a schema: 413 when too large, 415 when not JSON, 422 when invalid. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  const text = await readLimited(request, MAX_JSON_BODY);
  if (text.trim() !== "" && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
  }
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw validationError({ body: ["Request body must be valid JSON"] });
    }
  }
  return parseInput(schema, value);
}
