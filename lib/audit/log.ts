import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";

export interface AuditContext {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string;
}

/** Records a security-relevant event. Never fails the caller: a lost audit row is logged. */
export async function audit(
  eventType: string,
  userId: number | null,
  context: AuditContext = {},
  data: Prisma.InputJsonObject = {},
): Promise<void> {
  try {
    await db.auditLog.create({
      data: {
        eventType,
        userId,
        ipAddress: context.ip ?? null,
        userAgent: context.userAgent?.slice(0, 1000) ?? null,
        eventData: context.requestId ? { ...data, request_id: context.requestId } : data,
      },
    });
  } catch (error) {
    logger.error("audit log write failed", { eventType, userId, error: (error as Error).message });
  }
}
