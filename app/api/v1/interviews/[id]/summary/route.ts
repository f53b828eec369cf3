import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { getSessionSummary } from "@/lib/summaries/get-summary";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/interviews/{id}/summary – scores, strengths, improvements, per-question feedback
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getSessionSummary(user.id, toId(params.id, "Interview session")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
