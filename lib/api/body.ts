import type { z } from "zod";
import { AppError, validationError } from "@/lib/errors";
import { parseInput } from "@/lib/validations/parse";

const MAX_JSON_BODY = 1024 * 1024;

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `Request body must be at most ${MAX_JSON_BODY} bytes`);

/** Reads at most `limit` bytes even when Content-Length is absent or lies. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
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
