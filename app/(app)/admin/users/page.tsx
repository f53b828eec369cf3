import type { Metadata } from "next";
import Link from "next/link";
import { formatUtc } from "@/components/admin/format";
import { NativeSelect } from "@/components/admin/native-select";
import { Pager } from "@/components/admin/pager";
import { firstValues, type PageSearchParams } from "@/components/admin/search-params";
import { StatusBadge } from "@/components/admin/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { toAdminUserDto } from "@/lib/admin/user-dto";
import { listUsers } from "@/lib/admin/users";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsersPage({ searchParams }: { searchParams: PageSearchParams }) {
  await requireAdminPage("/admin/users");
  const params = firstValues(await searchParams);
  const { items, pagination, query } = await listUsers(params);
  return (
    <section className="grid gap-4" aria-labelledby="users-heading">
      <h2 id="users-heading" className="text-lg font-semibold">
        Users
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="grid gap-1 text-sm">
          <span>Search</span>
          <Input
            name="q"
            defaultValue={query.q ?? ""}
            placeholder="Email or name"
            className="w-64 max-w-full"
          />
        </label>
        <label className="grid gap-1 text-sm">
          <span>Role</span>
          <NativeSelect name="role" defaultValue={query.role ?? ""}>
            <option value="">Any</option>
            <option value="user">User</option>
            <option value="admin">Admin</option>
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Status</span>
          <NativeSelect name="status" defaultValue={query.status ?? ""}>
            {/* Deleted accounts are erased (lib/privacy/erase-account.ts): nothing to list. */}
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="suspended">Suspended</option>
            <option value="pending_verification">Pending verification</option>
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Sort</span>
          <NativeSelect name="sort" defaultValue={query.sort}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="email">Email</option>
          </NativeSelect>
        </label>
        <Button type="submit">Apply</Button>
      </form>
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No user matches these filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">Users</caption>
            <thead className="bg-muted/50 text-left">
              <tr>
                <th className="px-3 py-2 font-medium">User</th>
                <th className="px-3 py-2 font-medium">Role</th>
                <th className="px-3 py-2 font-medium">Status</th>
                <th className="hidden px-3 py-2 font-medium sm:table-cell">Sessions</th>
                <th className="hidden px-3 py-2 font-medium md:table-cell">Joined</th>
              </tr>
            </thead>
            <tbody>
              {items.map((row) => {
                const u = toAdminUserDto(row);
                return (
                  <tr key={u.id} className="border-t">
                    <td className="max-w-[14rem] px-3 py-2">
                      <Link
                        href={`/admin/users/${u.id}`}
                        className="block truncate font-medium underline-offset-4 hover:underline"
                      >
                        {u.email}
                      </Link>
                      <span className="block truncate text-xs text-muted-foreground">{u.name}</span>
                    </td>
                    <td className="px-3 py-2">
                      {u.role === "admin" ? <Badge>admin</Badge> : "user"}
                    </td>
                    <td className="px-3 py-2">
                      <StatusBadge status={u.account_status} />
                    </td>
                    <td className="hidden px-3 py-2 tabular-nums sm:table-cell">
                      {row._count.interviewSessions}
                    </td>
                    <td className="hidden px-3 py-2 whitespace-nowrap md:table-cell">
                      {formatUtc(u.created_at)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        base="/admin/users"
        params={params}
        page={pagination.page}
        totalPages={pagination.total_pages}
        total={pagination.total}
      />
    </section>
  );
}
