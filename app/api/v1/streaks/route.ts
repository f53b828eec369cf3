import { authedRoute } from "@/lib/api/handler";
import { getStreak } from "@/lib/gamification/get-streak";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/streaks – current and longest streak, in the user's time zone
export const GET = authedRoute(async ({ user }) => ({ data: await getStreak(user.id) }));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
