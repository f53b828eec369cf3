import { authedRoute } from "@/lib/api/handler";
import { listAuditLogs, toAuditLogDto } from "@/lib/admin/audit-log";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/admin/audit-logs – ?event_type (prefix), user_id, ip, q, from, to, page, page_size
export const GET = authedRoute(
  async ({ request }) => {
    const { items, pagination } = await listAuditLogs(
      Object.fromEntries(request.nextUrl.searchParams),
    );
    return { data: items.map(toAuditLogDto), meta: { pagination } };
  },
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
