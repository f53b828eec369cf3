import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { retryEvaluation } from "@/lib/answers/get-answer";

// POST /api/v1/answers/{id}/retry – re-run an evaluation that failed
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  status: 202,
  data: await retryEvaluation(user.id, toId(params.id, "Answer")),
}));
