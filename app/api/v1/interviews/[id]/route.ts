import { authedRoute } from "@/lib/api/handler";
import { pathId } from "@/lib/api/path-id";
import { getInterview } from "@/lib/interviews/get-interview";

// GET /api/v1/interviews/{id} – a session with its progress and current question
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getInterview(user.id, pathId(params.id, "Interview session")),
}));
