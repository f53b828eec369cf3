import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { startReviewSession } from "@/lib/review/start-review-session";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/review-queue/sessions – start a session made only of due review questions
export const POST = authedRoute(async ({ request, user }) => ({
  status: 201,
  data: await startReviewSession(user.id, await readJsonBody(request, z.unknown())),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
