import { userRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getRecordingAudio } from "@/lib/recordings/recording-queries";
import { toId } from "@/lib/validations/id";

// GET /api/v1/recordings/{id}/audio – a kept recording's audio, for its owner only (else 404)
export const GET = userRoute<{ id: string }>(async ({ params, user, requestId }) => {
  const { bytes, mimeType } = await getRecordingAudio(user.id, toId(params.id, "Recording"));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": mimeType,
      "content-length": String(bytes.byteLength),
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
