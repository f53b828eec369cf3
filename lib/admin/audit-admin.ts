import { audit, type AuditContext } from "@/lib/audit/log";
import type { Prisma } from "@/lib/db/generated/client";

/** Every event type an administrator's action writes starts with this. */
export const ADMIN_EVENT_PREFIX = "admin.";

export interface AdminTarget {
  type: "user" | "question" | "community_question" | "feature_flag";
  id: number | string;
  /** A readable name kept with the row (the email, the flag name …): targets may be deleted. */
  label?: string;
}

/**
 * Records an administrator's action: who (the actor's id; null for the command line or the
 * ADMIN_EMAILS bootstrap, named in `via`), what, on which target, from which address and agent.
 */
export async function auditAdmin(
  action: string,
  actorId: number | null,
  target: AdminTarget,
  context: AuditContext,
  data: Prisma.InputJsonObject = {},
): Promise<void> {
  await audit(`${ADMIN_EVENT_PREFIX}${action}`, actorId, context, {
    target_type: target.type,
    target_id: String(target.id),
    ...(target.label === undefined ? {} : { target_label: target.label }),
    ...data,
  });
}
