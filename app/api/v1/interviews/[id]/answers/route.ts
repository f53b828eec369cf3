import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { pathId } from "@/lib/api/path-id";
import { submitAnswer } from "@/lib/answers/submit-answer";

// POST /api/v1/interviews/{id}/answers – submit the current question's answer (evaluated in background)
export const POST = authedRoute<{ id: string }>(async ({ request, params, user }) => {
  const sessionId = pathId(params.id, "Interview session");
  return {
    status: 201,
    data: await submitAnswer(user.id, sessionId, await readJsonBody(request, z.unknown())),
  };
});
