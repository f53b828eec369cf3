import { authedRoute } from "@/lib/api/handler";
import { toAdminUserDto } from "@/lib/admin/user-dto";
import { listUsers } from "@/lib/admin/users";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/admin/users – search (?q), filter (?role, ?status), sort, page. Administrators only.
export const GET = authedRoute(
  async ({ request }) => {
    const { items, pagination } = await listUsers(Object.fromEntries(request.nextUrl.searchParams));
    return {
      data: items.map((u) => ({ ...toAdminUserDto(u), sessions: u._count.interviewSessions })),
      meta: { pagination },
    };
  },
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
