import { readAudioUpload } from "@/lib/api/audio-upload";
import { userRoute } from "@/lib/api/handler";
import { transcribeRecording } from "@/lib/transcriptions/transcribe-recording";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/transcriptions – a spoken answer's recording to text (the audio is kept only
// for users who opted in to keeping recordings)
export const POST = userRoute(async ({ request, user }) => ({
  data: await transcribeRecording(user.id, await readAudioUpload(request)),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
