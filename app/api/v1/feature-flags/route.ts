import { authedRoute } from "@/lib/api/handler";
import { flagsForUser } from "@/lib/flags/service";

// GET /api/v1/feature-flags – { flag name: on for the caller }
export const GET = authedRoute(async ({ user }) => ({ data: await flagsForUser(user.id) }));
