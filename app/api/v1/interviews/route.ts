import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { createInterview } from "@/lib/interviews/create-interview";
import { listInterviews } from "@/lib/interviews/list-interviews";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/interviews – start a session; returns its first question
export const POST = authedRoute(async ({ request, user }) => ({
  status: 201,
  data: await createInterview(user.id, await readJsonBody(request, z.unknown())),
}));

// GET /api/v1/interviews – the caller's sessions, newest first (?page, page_size, status)
export const GET = authedRoute(async ({ request, user }) => {
  const { items, pagination } = await listInterviews(
    user.id,
    Object.fromEntries(request.nextUrl.searchParams),
  );
  return { data: items, meta: { pagination } };
});

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
