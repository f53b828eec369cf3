import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { getInterview } from "@/lib/interviews/get-interview";

// GET /api/v1/interviews/{id} – a session with its progress and current question
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getInterview(user.id, toId(params.id, "Interview session")),
}));
