import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdminPage } from "@/lib/admin/require-admin";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Every page checks again (layouts are not re-run on client navigation between pages).
  await requireAdminPage("/admin");
  // One column that never grows past the screen (minmax(0, 1fr)): a wide table in a page
  // scrolls inside its card instead of widening the page on a phone.
  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="grid grid-cols-1 gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Administration</h1>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
