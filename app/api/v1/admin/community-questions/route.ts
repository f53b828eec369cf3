import { authedRoute } from "@/lib/api/handler";
import { moderationQueue } from "@/lib/community/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/admin/community-questions – the moderation queue (?status, page)
export const GET = authedRoute(
  async ({ request }) => {
    const { items, pagination } = await moderationQueue(
      Object.fromEntries(request.nextUrl.searchParams),
    );
    return { data: items, meta: { pagination } };
  },
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
