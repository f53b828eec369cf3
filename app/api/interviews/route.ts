import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { compatCreateInterview, compatListInterviews } from "@/lib/compat/contract";

// POST /api/interviews – { role, num_questions } → { interview_id, role, questions }
export const POST = authedRoute(async ({ request, user }) => ({
  status: 201,
  data: await compatCreateInterview(user.id, await readJsonBody(request, z.unknown())),
}));

// GET /api/interviews – { interviews } (?page, page_size, status)
export const GET = authedRoute(async ({ request, user }) => ({
  data: await compatListInterviews(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
