import { userRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { deleteRecording } from "@/lib/recordings/recording-queries";
import { toId } from "@/lib/validations/id";

// DELETE /api/v1/recordings/{id} – deletes one's own kept recording and its file (else 404)
export const DELETE = userRoute<{ id: string }>(async ({ params, user }) => {
  const id = toId(params.id, "Recording");
  await deleteRecording(user.id, id);
  return { data: { id, deleted: true } };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
