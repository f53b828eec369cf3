import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { saveDraft } from "@/lib/answers/save-draft";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// PUT /api/v1/interviews/{id}/drafts – auto-save the draft of the current answer
export const PUT = authedRoute<{ id: string }>(async ({ request, params, user }) => {
  const sessionId = toId(params.id, "Interview session");
  return { data: await saveDraft(user.id, sessionId, await readJsonBody(request, z.unknown())) };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("PUT");
export const POST = methodNotAllowed("PUT");
export const PATCH = methodNotAllowed("PUT");
export const DELETE = methodNotAllowed("PUT");
