import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { getInterview } from "@/lib/interviews/get-interview";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/interviews/{id} – a session with its progress and current question
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getInterview(user.id, toId(params.id, "Interview session")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
