import { authedRoute } from "@/lib/api/handler";
import { pathId } from "@/lib/api/path-id";
import { skipQuestion } from "@/lib/answers/skip-question";

// POST /api/v1/interviews/{id}/questions/{qid}/skip – move on without answering (scores 0)
export const POST = authedRoute<{ id: string; qid: string }>(async ({ params, user }) => ({
  data: await skipQuestion(
    user.id,
    pathId(params.id, "Interview session"),
    pathId(params.qid, "Question"),
  ),
}));
