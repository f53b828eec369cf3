import { authedRoute } from "@/lib/api/handler";
import { listQuestions } from "@/lib/admin/question-bank";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

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

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
