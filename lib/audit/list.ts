import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ownActivityQuerySchema } from "@/lib/validations/audit";
import { parseInput } from "@/lib/validations/parse";

export interface AuditEntryDto {
  id: number;
  event_type: string;
  user_id: number | null;
  ip_address: string | null;
  user_agent: string | null;
  data: Prisma.JsonValue;
  timestamp: string;
}

type Row = Awaited<ReturnType<typeof db.auditLog.findMany>>[number];

const toDto = (row: Row): AuditEntryDto => ({
  id: row.id,
  event_type: row.eventType,
  user_id: row.userId,
  ip_address: row.ipAddress,
  user_agent: row.userAgent,
  data: row.eventData,
  timestamp: row.timestamp.toISOString(),
});

function page(rows: Row[], limit: number) {
  const items = rows.slice(0, limit).map(toDto);
  return { items, next_before: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * A user's own account activity (sign-ins, failed attempts, lockouts, password and session
 * events, profile changes), newest first: what they need to spot someone else in their account.
 */
export async function listOwnActivity(userId: number, raw: unknown) {
  const { limit, before } = parseInput(ownActivityQuerySchema, raw);
  const rows = await db.auditLog.findMany({
    where: {
      userId,
      ...(before ? { id: { lt: before } } : {}),
      OR: [{ eventType: { startsWith: "auth." } }, { eventType: { startsWith: "user." } }],
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  return page(rows, limit);
}
