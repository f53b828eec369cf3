import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { auditLogQuerySchema } from "@/lib/validations/admin";
import { parseInput } from "@/lib/validations/parse";

/**
 * The audit log for /admin/audit: filter by event type (a prefix: "admin." is every admin
 * action), user, address, time range, or free text (the user's email or the event's target).
 */
export async function listAuditLogs(raw: unknown) {
  const query = parseInput(auditLogQuerySchema, raw);
  const where: Prisma.AuditLogWhereInput = {
    ...(query.event_type ? { eventType: { startsWith: query.event_type } } : {}),
    ...(query.user_id ? { userId: query.user_id } : {}),
    ...(query.ip ? { ipAddress: { startsWith: query.ip } } : {}),
    ...(query.from || query.to
      ? {
          timestamp: {
            ...(query.from ? { gte: query.from } : {}),
            ...(query.to ? { lte: query.to } : {}),
          },
        }
      : {}),
    ...(query.q
      ? {
          OR: [
            { user: { email: { contains: query.q, mode: "insensitive" } } },
            { eventData: { path: ["target_label"], string_contains: query.q } },
            { eventType: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ timestamp: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.page_size,
      take: query.page_size,
      include: { user: { select: { id: true, email: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  return {
    items,
    query,
    pagination: {
      page: query.page,
      page_size: query.page_size,
      total,
      total_pages: Math.max(1, Math.ceil(total / query.page_size)),
    },
  };
}

/** The event types recorded so far (the viewer's filter menu). */
export async function auditEventTypes(): Promise<string[]> {
  const rows = await db.auditLog.groupBy({ by: ["eventType"], orderBy: { eventType: "asc" } });
  return rows.map((r) => r.eventType);
}

export const toAuditLogDto = (row: Awaited<ReturnType<typeof listAuditLogs>>["items"][number]) => ({
  id: row.id,
  event_type: row.eventType,
  user: row.user ? { id: row.user.id, email: row.user.email } : null,
  ip_address: row.ipAddress,
  user_agent: row.userAgent,
  event_data: row.eventData,
  timestamp: row.timestamp.toISOString(),
});
