import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { getDeliveryTrend } from "@/lib/analytics/delivery-trend";
import { getComparison } from "@/lib/analytics/get-comparison";
import { getDashboard } from "@/lib/analytics/get-dashboard";
import { requireUser } from "@/lib/auth/session";
import { listInterviews } from "@/lib/interviews/list-interviews";
import { getReviewQueue } from "@/lib/review/review-queue";
import { ReviewQueueCard } from "@/components/review/review-queue-card";
import { startReviewSessionAction } from "./actions";
import { AnalyticsSection } from "./_components/analytics-section";
import { HistorySection } from "./_components/history-section";

export const metadata: Metadata = { title: "Dashboard" };

const PAGE_SIZE = 10;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const page = pageParam((await searchParams).page);
  const now = new Date();
  const [history, dashboard, comparison, review, deliveryTrend] = await Promise.all([
    listInterviews(user.id, { page, page_size: PAGE_SIZE }),
    getDashboard(user.id),
    getComparison(user.id),
    getReviewQueue(user.id, now),
    getDeliveryTrend(user.id),
  ]);

  return (
    <div className="grid gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <p className="text-sm text-muted-foreground">
            {dashboard.data.overview.total_interviews === 0 ? "Welcome" : "Welcome back"},{" "}
            {user.name}.
          </p>
        </div>
        {/* A new user's dashboard has one way in (its empty state), not competing buttons. */}
        {dashboard.data.overview.total_interviews > 0 || history.items.length > 0 ? (
          <Button asChild>
            <Link href="/interviews/new">
              <PlusIcon aria-hidden="true" />
              New interview
            </Link>
          </Button>
        ) : null}
      </div>

      <ReviewQueueCard queue={review} now={now.getTime()} onStart={startReviewSessionAction} />

      <AnalyticsSection
        data={dashboard.data}
        comparison={comparison.value}
        deliveryTrend={deliveryTrend}
      />

      {/* A Suspense boundary (nothing in it suspends): React hydrates the history after the rest,
          in its own tasks, so it does not lengthen the first one. */}
      <Suspense>
        <HistorySection
          items={history.items}
          page={history.pagination.page}
          totalPages={history.pagination.total_pages}
          timeZone={user.timezone}
        />
      </Suspense>
    </div>
  );
}
