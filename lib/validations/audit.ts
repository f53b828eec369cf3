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
