import { authedRoute } from "@/lib/api/handler";
import { pathId } from "@/lib/api/path-id";
import { getSessionSummary } from "@/lib/summaries/get-summary";

// GET /api/v1/interviews/{id}/summary – scores, strengths, improvements, per-question feedback
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getSessionSummary(user.id, pathId(params.id, "Interview session")),
}));
