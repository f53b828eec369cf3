import { authedRoute } from "@/lib/api/handler";
import { moderationQueue } from "@/lib/community/service";

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
