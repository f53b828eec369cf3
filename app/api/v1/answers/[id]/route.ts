import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { getAnswer } from "@/lib/answers/get-answer";

// GET /api/v1/answers/{id} – an answer with its evaluation status and evaluation
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getAnswer(user.id, toId(params.id, "Answer")),
}));
