import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listAuditLogs } from "@/lib/audit/list";

// GET /api/v1/admin/audit-logs – the audit log, filtered by user, event and time. Administrators only.
export const GET = authedRoute(
  async ({ request }) => ({
    data: await listAuditLogs(Object.fromEntries(request.nextUrl.searchParams)),
  }),
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
