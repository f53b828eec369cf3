import { authedRoute } from "@/lib/api/handler";
import { pathId } from "@/lib/api/path-id";
import { getSessionQuestion } from "@/lib/interviews/get-session-question";

// GET /api/v1/interviews/{id}/questions/{qid} – one question of the session (starts its clock)
export const GET = authedRoute<{ id: string; qid: string }>(async ({ params, user }) => ({
  data: await getSessionQuestion(
    user.id,
    pathId(params.id, "Interview session"),
    pathId(params.qid, "Question"),
  ),
}));
