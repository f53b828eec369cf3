import { z } from "zod";

/** PUT /admin/users/{id}/status */
export const userStatusSchema = z.object({
  status: z.enum(["active", "suspended"], { error: "status must be active or suspended" }),
});
