import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";
import { isShuttingDown } from "@/lib/lifecycle/shutdown";

export const dynamic = "force-dynamic";

// GET /ready – readiness: 503 once shutdown has begun (the load balancer stops routing here while
// in-flight work drains) or when the database does not answer; /health stays the liveness check.
export async function GET() {
  if (isShuttingDown()) {
    return NextResponse.json(
      { status: "shutting_down", timestamp: new Date().toISOString() },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { healthy, body } = await checkHealth();
  return NextResponse.json(body, {
    status: healthy ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
