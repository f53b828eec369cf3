import type { Metadata } from "next";
import Link from "next/link";
import { formatUtc } from "@/components/admin/format";
import { NativeSelect } from "@/components/admin/native-select";
import { Pager } from "@/components/admin/pager";
import { firstValues, type PageSearchParams } from "@/components/admin/search-params";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { auditEventTypes, listAuditLogs } from "@/lib/admin/audit-log";
import { requireAdminPage } from "@/lib/admin/require-admin";

export const metadata: Metadata = { title: "Audit log · Admin" };

function EventData({ data }: { data: unknown }) {
  if (!data || typeof data !== "object") return null;
  const entries = Object.entries(data as Record<string, unknown>).filter(
    ([k]) => k !== "request_id",
  );
  if (entries.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted-foreground">{k}</dt>
          <dd className="break-all">{typeof v === "string" ? v : JSON.stringify(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AdminAuditPage({ searchParams }: { searchParams: PageSearchParams }) {
  await requireAdminPage("/admin/audit");
  const params = firstValues(await searchParams);
  const [{ items, pagination, query }, types] = await Promise.all([
    listAuditLogs(params),
    auditEventTypes(),
  ]);
  const prefixes = [...new Set(types.map((t) => `${t.split(".")[0]}.`))];
  return (
    <section className="grid gap-4" aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="text-lg font-semibold">
        Audit log
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="grid gap-1 text-sm">
          <span>Event</span>
          <NativeSelect name="event_type" defaultValue={query.event_type ?? ""}>
            <option value="">Any event</option>
            {prefixes.map((p) => (
              <option key={p} value={p}>
                {p}* (all)
              </option>
            ))}
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Search</span>
          <Input
            name="q"
            defaultValue={query.q ?? ""}
            placeholder="Email or target"
            className="w-52"
          />
        </label>
        <label className="grid gap-1 text-sm">
          <span>User id</span>
          <Input
            name="user_id"
            inputMode="numeric"
            defaultValue={query.user_id ?? ""}
            className="w-24"
          />
        </label>
        <label className="grid gap-1 text-sm">
          <span>IP</span>
          <Input name="ip" defaultValue={query.ip ?? ""} className="w-36" />
        </label>
        <label className="grid gap-1 text-sm">
          <span>From</span>
          <Input
            type="date"
            name="from"
            defaultValue={query.from?.toISOString().slice(0, 10) ?? ""}
          />
        </label>
        <label className="grid gap-1 text-sm">
          <span>To</span>
          <Input type="date" name="to" defaultValue={params.to ?? ""} />
        </label>
        <Button type="submit">Apply</Button>
      </form>
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No event matches these filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="bg-muted/50 text-left">
              <tr>
                <th className="px-3 py-2 font-medium">When</th>
                <th className="px-3 py-2 font-medium">Event</th>
                <th className="px-3 py-2 font-medium">By</th>
                <th className="px-3 py-2 font-medium">Details</th>
                <th className="hidden px-3 py-2 font-medium lg:table-cell">From</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} className="border-t align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{formatUtc(e.timestamp)}</td>
                  <td className="px-3 py-2">
                    <code className="text-xs">{e.eventType}</code>
                  </td>
                  <td className="max-w-[12rem] truncate px-3 py-2">
                    {e.user ? (
                      <Link
                        href={`/admin/users/${e.user.id}`}
                        className="underline-offset-4 hover:underline"
                      >
                        {e.user.email}
                      </Link>
                    ) : (
                      <span className="text-muted-foreground">system</span>
                    )}
                  </td>
                  <td className="min-w-[12rem] px-3 py-2">
                    <EventData data={e.eventData} />
                  </td>
                  <td className="hidden max-w-[16rem] px-3 py-2 text-xs lg:table-cell">
                    <span className="block">{e.ipAddress ?? "—"}</span>
                    <span
                      className="block truncate text-muted-foreground"
                      title={e.userAgent ?? ""}
                    >
                      {e.userAgent ?? ""}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        base="/admin/audit"
        params={params}
        page={pagination.page}
        totalPages={pagination.total_pages}
        total={pagination.total}
      />
    </section>
  );
}
