import { headers } from "next/headers";
import { clientIp } from "@/lib/api/client-ip";
import type { AuditContext } from "@/lib/audit/log";
import { AppError } from "@/lib/errors";
import type { SafeUser } from "@/lib/users/get-user";
import { authedAction } from "./authed-action";
import type { ActionResult } from "./result";

/**
 * The one wrapper of /admin's server actions: the signed-in user must be an administrator (else
 * AUTHORIZATION_ERROR), and the body gets the audit context (address and user agent).
 */
export function adminAction<A extends unknown[], T>(
  body: (admin: SafeUser, context: AuditContext, ...args: A) => Promise<T>,
): (...args: A) => Promise<ActionResult<T>> {
  return authedAction({ from: "/admin" }, async (user: SafeUser, ...args: A) => {
    if (user.role !== "admin") {
      throw new AppError("AUTHORIZATION_ERROR", "Administrator role required");
    }
    const h = await headers();
    return body(user, { ip: clientIp(h), userAgent: h.get("user-agent") }, ...args);
  });
}
