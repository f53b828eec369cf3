import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { abandonInterview } from "@/lib/interviews/abandon-interview";

// POST /api/v1/interviews/{id}/abandon – give the session up (no summary, score or streak)
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await abandonInterview(user.id, toId(params.id, "Interview session")),
}));
