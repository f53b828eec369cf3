import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listOwnActivity } from "@/lib/audit/list";

// GET /api/v1/users/me/activity – the caller's sign-in history and account events, newest first
export const GET = authedRoute(async ({ request, user }) => ({
  data: await listOwnActivity(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
