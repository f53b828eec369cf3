import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdminPage } from "@/lib/admin/require-admin";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Every page checks again (layouts are not re-run on client navigation between pages).
  await requireAdminPage("/admin");
  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Administration</h1>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
