import { forbidden } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import type { SafeUser } from "@/lib/users/get-user";

/**
 * For /admin pages: signed-out (and suspended) visitors go to /login; signed-in users who are
 * not administrators get the 403 page (app/forbidden.tsx). The role is read from the database on
 * every request, so a revoked admin loses access at once.
 */
export async function requireAdminPage(from: string): Promise<SafeUser> {
  const user = await requireUser(from);
  if (user.role !== "admin") forbidden();
  return user;
}
