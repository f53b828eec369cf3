import { readAudioUpload } from "@/lib/api/audio-upload";
import { userRoute } from "@/lib/api/handler";
import { transcribeRecording } from "@/lib/transcriptions/transcribe-recording";

// POST /api/v1/transcriptions – a spoken answer's recording to text (the audio is not kept)
export const POST = userRoute(async ({ request }) => ({
  data: await transcribeRecording(await readAudioUpload(request)),
}));
