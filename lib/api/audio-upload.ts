import { env } from "@/lib/env";
import { AppError, validationError } from "@/lib/errors";
import { readLimitedBytes } from "./body";

/** A recording as it arrived: its bytes, its declared type, and the form or query fields. */
export interface AudioUploadBody {
  bytes: Uint8Array;
  mimeType: string;
  fields: Record<string, string>;
}

// Room for multipart boundaries, part headers and the small text fields.
const FORM_OVERHEAD = 64 * 1024;

const tooLargeMessage = (max: number) =>
  `Recordings can be at most ${Math.floor(max / 1024 / 1024)} MB`;

/**
 * Reads a recording sent either as multipart/form-data (file field `audio`, other fields as
 * text) or as the raw body with an audio Content-Type (fields from the query string). 413 past
 * AUDIO_MAX_BYTES while reading, 415 for any other body type, 422 when the file is missing.
 * Whether the bytes really are audio is the transcription's check.
 */
export async function readAudioUpload(request: Request): Promise<AudioUploadBody> {
  const max = env().AUDIO_MAX_BYTES;
  const type = request.headers.get("content-type") ?? "";
  const query = Object.fromEntries(new URL(request.url).searchParams);
  if (/^multipart\/form-data\b/i.test(type)) {
    const body = await readLimitedBytes(request, max + FORM_OVERHEAD, tooLargeMessage(max));
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { "content-type": type },
      }).formData();
    } catch {
      throw validationError({ audio: ["The upload could not be read; send it again"] });
    }
    const file = form.get("audio");
    if (!(file instanceof Blob))
      throw validationError({ audio: ["Attach the recording as audio"] });
    if (file.size > max) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(max));
    const fields: Record<string, string> = { ...query };
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") fields[key] = value;
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), mimeType: file.type, fields };
  }
  if (/^(audio|video)\/|^application\/ogg\b/i.test(type)) {
    return {
      bytes: new Uint8Array(await readLimitedBytes(request, max, tooLargeMessage(max))),
      mimeType: type,
      fields: query,
    };
  }
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    "Send the recording as multipart/form-data (field audio) or as an audio body",
  );
}
