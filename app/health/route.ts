import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

// GET /health – liveness and readiness: 200 when the database answers, 503 otherwise
export async function GET() {
  const { healthy, body } = await checkHealth();
  return NextResponse.json(body, {
    status: healthy ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
