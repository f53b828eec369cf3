import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { submitAnswer } from "@/lib/answers/submit-answer";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/interviews/{id}/answers – submit the current question's answer (evaluated in background)
export const POST = authedRoute<{ id: string }>(async ({ request, params, user }) => {
  const sessionId = toId(params.id, "Interview session");
  return {
    status: 201,
    data: (await submitAnswer(user.id, sessionId, await readJsonBody(request, z.unknown())))
      .response,
  };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
