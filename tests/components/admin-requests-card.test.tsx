import { render, screen, within } from "@testing-library/react";
import { RequestsCard } from "@/app/(app)/admin/system/requests-card";
import type { RequestStats } from "@/lib/metrics/route-stats";

const stats: RequestStats = {
  since: "2026-12-02T03:00:00.000Z",
  eventLoop: { p50Ms: 10.2, p99Ms: 31.5, maxMs: 120 },
  total: { requests: 1250, errorRate: 0.004, p50Ms: 12.3, p95Ms: 88 },
  routes: [
    {
      route: "/api/v1/interviews/{id}",
      method: "GET",
      requests: 1000,
      errorRate: 0,
      p50Ms: 8.5,
      p95Ms: 40,
    },
    {
      route: "/api/v1/interviews",
      method: "POST",
      requests: 250,
      errorRate: 0.02,
      p50Ms: 120,
      p95Ms: 480,
    },
  ],
};

describe("admin system page: API requests", () => {
  it("shows totals and each route's requests, percentiles and 5xx share", () => {
    render(<RequestsCard stats={stats} />);
    expect(screen.getByText("1,250")).toBeInTheDocument();
    expect(screen.getByText("12 ms")).toBeInTheDocument();
    expect(screen.getByText("88 ms")).toBeInTheDocument();
    expect(screen.getByText("0.40 %")).toBeInTheDocument();
    expect(screen.getByText(/p99 32 ms/)).toBeInTheDocument();
    const row = screen.getByText("POST /api/v1/interviews").closest("tr")!;
    expect(within(row).getByText("250")).toBeInTheDocument();
    expect(within(row).getByText("480 ms")).toBeInTheDocument();
    expect(within(row).getByText("2.0 %")).toBeInTheDocument();
  });

  it("says so when the instance has served no API request", () => {
    render(
      <RequestsCard
        stats={{
          ...stats,
          routes: [],
          total: { requests: 0, errorRate: 0, p50Ms: null, p95Ms: null },
        }}
      />,
    );
    expect(screen.getByText(/No API requests on this instance yet/)).toBeInTheDocument();
    expect(screen.getAllByText("—")).toHaveLength(2);
  });
});
