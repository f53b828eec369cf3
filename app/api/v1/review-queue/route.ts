import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { getReviewQueue, queueForReview } from "@/lib/review/review-queue";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/review-queue – weak questions on their spaced schedule, with how many are due
export const GET = authedRoute(async ({ user }) => ({ data: await getReviewQueue(user.id) }));

// POST /api/v1/review-queue – queue an answered question into the next review session (due now)
export const POST = authedRoute(async ({ request, user }) => ({
  data: await queueForReview(user.id, await readJsonBody(request, z.unknown())),
}));

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
