import { redirect } from "next/navigation";
import { requireAdminPage } from "@/lib/admin/require-admin";

export default async function AdminHome() {
  await requireAdminPage("/admin");
  redirect("/admin/users");
}
