import { formatUtc } from "@/components/admin/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { RequestStats } from "@/lib/metrics/route-stats";

const ms = (v: number | null) => (v === null ? "—" : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
const pct = (v: number) => `${(v * 100).toFixed(v > 0 && v < 0.01 ? 2 : 1)} %`;

// Busiest routes shown; the rest are in /metrics.
const MAX_ROWS = 25;

/** API requests of this instance: totals, and per route requests, p50/p95 and 5xx share. */
export function RequestsCard({ stats }: { stats: RequestStats }) {
  const { total } = stats;
  return (
    <Card>
      <CardHeader>
        <CardTitle>API requests</CardTitle>
        <p className="text-sm text-muted-foreground">
          This instance since {formatUtc(stats.since)} · event-loop delay p50{" "}
          {ms(stats.eventLoop.p50Ms)}, p99 {ms(stats.eventLoop.p99Ms)}, max{" "}
          {ms(stats.eventLoop.maxMs)}
        </p>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {[
            ["Requests", total.requests.toLocaleString("en")],
            ["p50 latency", ms(total.p50Ms)],
            ["p95 latency", ms(total.p95Ms)],
            ["Error rate (5xx)", pct(total.errorRate)],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted-foreground">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        {stats.routes.length === 0 ? (
          <p className="text-sm text-muted-foreground">No API requests on this instance yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-left">
                <tr>
                  <th className="py-1 pr-3 font-medium">Route</th>
                  <th className="py-1 pr-3 text-right font-medium">Requests</th>
                  <th className="py-1 pr-3 text-right font-medium">p50</th>
                  <th className="py-1 pr-3 text-right font-medium">p95</th>
                  <th className="py-1 pr-3 text-right font-medium">5xx</th>
                </tr>
              </thead>
              <tbody>
                {stats.routes.slice(0, MAX_ROWS).map((r) => (
                  <tr key={`${r.method} ${r.route}`} className="border-t">
                    <td className="py-1 pr-3 font-mono text-xs break-all">
                      {r.method} {r.route}
                    </td>
                    <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
                      {r.requests}
                    </td>
                    <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
                      {ms(r.p50Ms)}
                    </td>
                    <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
                      {ms(r.p95Ms)}
                    </td>
                    <td
                      className={`py-1 pr-3 text-right whitespace-nowrap tabular-nums ${r.errorRate > 0 ? "text-destructive" : ""}`}
                    >
                      {pct(r.errorRate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
