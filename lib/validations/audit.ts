import { z } from "zod";

/** GET /users/me/activity?limit=1..100&before=<id> (newest first; `before` pages back). */
export const ownActivityQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
});

/** GET /admin/audit-logs?user_id=&event_type=&since=&limit=&before= (administrators). */
export const auditQuerySchema = ownActivityQuerySchema.extend({
  user_id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
  // A full event name ("auth.login") or a family ("auth.").
  event_type: z
    .string()
    .trim()
    .regex(
      /^[a-z_]+(\.[a-z_]*)*$/,
      "Use an event name such as auth.login, or a prefix such as auth.",
    )
    .max(100)
    .optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});
