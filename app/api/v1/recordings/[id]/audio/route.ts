import { userRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { parseByteRange } from "@/lib/http/byte-range";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getRecordingAudio } from "@/lib/recordings/recording-queries";
import { toId } from "@/lib/validations/id";

// GET /api/v1/recordings/{id}/audio – a kept recording's audio, for its owner only (else 404)
// Range requests are answered (206), so the player can seek and show the duration.
export const GET = userRoute<{ id: string }>(async ({ request, params, user, requestId }) => {
  const { bytes, mimeType } = await getRecordingAudio(user.id, toId(params.id, "Recording"));
  const size = bytes.byteLength;
  const range = parseByteRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    throw new AppError("RANGE_NOT_SATISFIABLE", `The recording has ${size} bytes`, {
      headers: { "content-range": `bytes */${size}`, "accept-ranges": "bytes" },
    });
  }
  const body = range ? bytes.subarray(range.start, range.end + 1) : bytes;
  return new Response(new Uint8Array(body), {
    status: range ? 206 : 200,
    headers: {
      "content-type": mimeType,
      "content-length": String(body.byteLength),
      ...(range ? { "content-range": `bytes ${range.start}-${range.end}/${size}` } : {}),
      "accept-ranges": "bytes",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-request-id": requestId,
    },
  });
});

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
