import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// GET /api/ping – a bare JSON answer (no database, no session): the load balancer's liveness
// probe, and the baseline bench:api compares the cached dashboard with.
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
