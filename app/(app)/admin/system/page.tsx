import type { Metadata } from "next";
import Link from "next/link";
import { formatUtc } from "@/components/admin/format";
import { firstValues, type PageSearchParams } from "@/components/admin/search-params";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { getSystemStatus } from "@/lib/admin/system-status";
import { requestStats } from "@/lib/metrics/route-stats";
import { cn } from "@/lib/utils";
import { CacheChart, UsageChart } from "./charts";
import { RequestsCard } from "./requests-card";

export const metadata: Metadata = { title: "System · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminSystemPage({
  searchParams,
}: {
  searchParams: PageSearchParams;
}) {
  await requireAdminPage("/admin/system");
  const days = firstValues(await searchParams).range === "24h" ? 1 : 7;
  const [status, requests] = await Promise.all([getSystemStatus(days), requestStats()]);
  const { queue } = status;
  const totalCost = status.usageByDay.reduce((n, d) => n + d.cost, 0);
  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">System</h2>
        <nav aria-label="Range" className="flex gap-1 text-sm">
          {(["24h", "7d"] as const).map((r) => {
            const active = (r === "24h") === (days === 1);
            return (
              <Link
                key={r}
                href={`/admin/system?range=${r}`}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "rounded-md px-3 py-1.5",
                  active ? "bg-accent font-medium" : "text-muted-foreground",
                )}
              >
                {r === "24h" ? "Last 24 h" : "Last 7 days"}
              </Link>
            );
          })}
        </nav>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          ["Evaluations waiting", queue.pending],
          ["Evaluations running", queue.processing],
          ["Oldest waiting", queue.oldestAgeSeconds ? `${queue.oldestAgeSeconds} s` : "—"],
          ["Failed (24 h)", queue.failedLast24h],
        ].map(([label, value]) => (
          <Card key={label}>
            <CardHeader>
              <CardTitle className="text-sm font-medium text-muted-foreground">{label}</CardTitle>
            </CardHeader>
            <CardContent className="text-2xl font-semibold tabular-nums">{value}</CardContent>
          </Card>
        ))}
      </div>
      <RequestsCard stats={requests} />
      <Card>
        <CardHeader>
          <CardTitle>AI providers</CardTitle>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-left">
              <tr>
                <th className="py-1 pr-3 font-medium">Provider</th>
                <th className="py-1 pr-3 font-medium">Breaker</th>
                <th className="py-1 pr-3 font-medium">Success</th>
                <th className="py-1 pr-3 font-medium">Avg latency</th>
                <th className="py-1 pr-3 font-medium">Quota left</th>
              </tr>
            </thead>
            <tbody>
              {status.providers.map((p) => (
                <tr key={p.name} className="border-t">
                  <td className="py-1 pr-3">
                    {p.name} {p.configured ? null : <Badge variant="outline">not configured</Badge>}
                  </td>
                  <td className="py-1 pr-3">{p.breaker?.state ?? "—"}</td>
                  <td className="py-1 pr-3 tabular-nums">
                    {p.health.calls
                      ? `${Math.round(p.health.successRate * 100)} % of ${p.health.calls}`
                      : "—"}
                  </td>
                  <td className="py-1 pr-3 tabular-nums">
                    {p.health.avgLatencyMs === null ? "—" : `${p.health.avgLatencyMs} ms`}
                  </td>
                  <td className="py-1 pr-3 tabular-nums">
                    {p.quota ? `${p.quota.remaining} / ${p.quota.limit} (${p.quota.period})` : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>AI requests per day</CardTitle>
            <p className="text-sm text-muted-foreground">
              Estimated cost in range: ${totalCost.toFixed(4)}
            </p>
          </CardHeader>
          <CardContent>
            {status.usageByDay.length === 0 ? (
              <p className="text-sm text-muted-foreground">No provider usage in this range.</p>
            ) : (
              <UsageChart data={status.usageByDay} />
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Cache hit rate per layer</CardTitle>
          </CardHeader>
          <CardContent>
            <CacheChart
              data={status.cache.layers.map((l) => ({ layer: l.layer, hitRate: l.hitRate }))}
            />
            <p className="mt-2 text-xs text-muted-foreground">
              {status.cache.layers
                .map((l) => `${l.layer}: ${l.hits} hits / ${l.misses} misses`)
                .join(" · ")}
            </p>
          </CardContent>
        </Card>
      </div>
      <p className="text-xs text-muted-foreground">
        Generated {formatUtc(status.generatedAt)}. Breakers and health are this instance&apos;s;
        quotas, usage and cache counts are shared. Requests, latency and error rate are this
        instance&apos;s since it started; every instance exports them to Prometheus at /metrics.
      </p>
    </div>
  );
}
