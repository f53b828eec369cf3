import { authedRoute } from "@/lib/api/handler";
import { pathId } from "@/lib/api/path-id";
import { retryEvaluation } from "@/lib/answers/get-answer";

// POST /api/v1/answers/{id}/retry – re-run an evaluation that failed
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  status: 202,
  data: await retryEvaluation(user.id, pathId(params.id, "Answer")),
}));
