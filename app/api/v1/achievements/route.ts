import { authedRoute } from "@/lib/api/handler";
import { listAchievements } from "@/lib/gamification/list-achievements";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/achievements – every badge, earned (with date) or locked (with progress)
export const GET = authedRoute(async ({ user }) => ({ data: await listAchievements(user.id) }));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
