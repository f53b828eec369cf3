import { authedRoute } from "@/lib/api/handler";
import { listQuestions } from "@/lib/admin/question-bank";

// GET /api/v1/admin/questions – ?q, role, category, difficulty, source, state (active|retired)
export const GET = authedRoute(
  async ({ request }) => {
    const { items, pagination, roles } = await listQuestions(
      Object.fromEntries(request.nextUrl.searchParams),
    );
    return { data: items, meta: { pagination, roles } };
  },
  { admin: true },
);
