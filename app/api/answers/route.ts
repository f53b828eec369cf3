import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { compatSubmitAnswer } from "@/lib/compat/contract";

// POST /api/answers – { interview_id, question_id, answer_text } → { answer_id, status, message }
export const POST = authedRoute(async ({ request, user }) => ({
  status: 201,
  data: await compatSubmitAnswer(user.id, await readJsonBody(request, z.unknown())),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
