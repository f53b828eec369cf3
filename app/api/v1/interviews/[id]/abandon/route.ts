import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { abandonInterview } from "@/lib/interviews/abandon-interview";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/interviews/{id}/abandon – give the session up (no summary, score or streak)
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await abandonInterview(user.id, toId(params.id, "Interview session")),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
