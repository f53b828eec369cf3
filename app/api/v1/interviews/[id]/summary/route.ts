import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { getSessionSummary } from "@/lib/summaries/get-summary";

// GET /api/v1/interviews/{id}/summary – scores, strengths, improvements, per-question feedback
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getSessionSummary(user.id, toId(params.id, "Interview session")),
}));
