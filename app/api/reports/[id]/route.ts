import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { compatReport } from "@/lib/compat/contract";
import { toId } from "@/lib/validations/id";

// GET /api/reports/{id} – the interview's questions, answers, evaluations and overall score
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await compatReport(user.id, toId(params.id, "Interview")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
