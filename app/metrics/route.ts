import { metricsResponse } from "@/lib/metrics/exposition";

export const dynamic = "force-dynamic";

// GET /metrics – Prometheus metrics of this instance, behind METRICS_TOKEN (Bearer)
export function GET(request: Request): Promise<Response> {
  return metricsResponse(request);
}
