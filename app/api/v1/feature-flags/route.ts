import { authedRoute } from "@/lib/api/handler";
import { flagsForUser } from "@/lib/flags/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/feature-flags – { flag name: on for the caller }
export const GET = authedRoute(async ({ user }) => ({ data: await flagsForUser(user.id) }));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
