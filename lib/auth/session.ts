import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { findActiveUser, type SafeUser } from "@/lib/users/get-user";
import { authOptions } from "./next-auth";

/** The signed-in web user, or null (also when the account was deleted or suspended since). */
export async function getCurrentUser(): Promise<SafeUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findActiveUser(id);
  if (!user || user.accountStatus === "suspended") return null;
  return user;
}

/** For pages and server actions of the signed-in area: redirects to /login when signed out. */
export async function requireUser(from?: string): Promise<SafeUser> {
  const user = await getCurrentUser();
  if (!user) redirect(from ? `/login?from=${encodeURIComponent(from)}` : "/login");
  return user;
}
