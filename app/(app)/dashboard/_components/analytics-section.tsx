import { Suspense } from "react";
import Link from "next/link";
import { BarChart3Icon } from "lucide-react";
import { AreasCard } from "@/components/analytics/areas-card";
import { CategoryChart } from "@/components/analytics/category-chart";
import { DeliveryTrendChart } from "@/components/analytics/delivery-trend-chart";
import { CriteriaPerformance } from "@/components/analytics/criteria-card";
import { OverviewCards } from "@/components/analytics/overview-cards";
import { PercentileCard, type ComparisonView } from "@/components/analytics/percentile-card";
import { Recommendations } from "@/components/analytics/recommendations";
import { ScoreTrend } from "@/components/analytics/score-trend";
import { StreakWidget } from "@/components/analytics/streak-widget";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { DeliveryTrendPoint } from "@/lib/analytics/delivery-trend";
import type { DashboardDto } from "@/lib/analytics/get-dashboard";
import { startRecommendedSessionAction } from "../actions";

function Panel({
  title,
  description,
  children,
  className,
  action,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
  className?: string;
  action?: React.ReactNode;
}) {
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle asChild>
          <h3 className="text-base">{title}</h3>
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
        {action}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** The analytics part of the dashboard: figures, charts, areas, recommendations, streak, percentile. */
export function AnalyticsSection({
  data,
  comparison,
  deliveryTrend = [],
}: {
  data: DashboardDto;
  comparison: ComparisonView;
  /** Fillers, hedges and pace by session (lib/analytics/delivery-trend.ts). */
  deliveryTrend?: DeliveryTrendPoint[];
}) {
  const empty = data.overview.total_interviews === 0;
  return (
    <section aria-labelledby="analytics-heading" className="grid gap-6">
      <h2 id="analytics-heading" className="sr-only">
        Your progress
      </h2>
      <OverviewCards overview={data.overview} />

      <div className="grid gap-4 md:grid-cols-2">
        <Panel
          title="Streak"
          action={
            <Button asChild variant="link" size="sm" className="h-auto justify-self-start p-0">
              <Link href="/achievements">View badges</Link>
            </Button>
          }
        >
          <StreakWidget streak={data.streak} />
        </Panel>
        <Panel title="How you compare" description="Among candidates with your target role">
          <PercentileCard comparison={comparison} />
        </Panel>
      </div>

      {empty ? (
        <EmptyState
          titleAs="h3"
          icon={<BarChart3Icon />}
          title="Your charts start with your first interview"
          description="Complete a session and this page shows your trend, your scores per category and per criterion, and what to practise next."
        >
          {/* One way in: the suggested first session in one click, or your own choice. */}
          <div className="grid w-full max-w-xl gap-3 text-left">
            <Recommendations
              items={data.recommendations.slice(0, 1)}
              onStart={startRecommendedSessionAction}
            />
            <p className="text-center text-sm text-muted-foreground">
              or{" "}
              <Link
                href="/interviews/new"
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                choose your own role and questions
              </Link>
            </p>
          </div>
        </EmptyState>
      ) : (
        // Hydrated after the figures above, in its own tasks (nothing in it suspends).
        <Suspense>
          <Panel
            title="Score over time"
            description={`Every session, or the average per week (weeks start on Monday, ${data.time_zone})`}
          >
            <ScoreTrend sessions={data.session_scores ?? []} weeks={data.score_over_time} />
          </Panel>
          {deliveryTrend.length > 0 ? (
            <Panel
              title="Delivery"
              description="Filler words and hedges per minute, by session (typed answers as if read aloud)"
            >
              <DeliveryTrendChart points={deliveryTrend} />
            </Panel>
          ) : null}
          <div className="grid gap-4 lg:grid-cols-2">
            <Panel
              title="By category"
              description="Average question score; skipped questions count as 0"
            >
              <CategoryChart
                categories={data.category_details}
                summaryId="dashboard-category-bars"
              />
            </Panel>
            <Panel title="By criterion" description="Average over every evaluated answer">
              {data.criteria_performance ? (
                <CriteriaPerformance criteria={data.criteria_performance} />
              ) : (
                <p className="text-sm text-muted-foreground">
                  Criteria appear once an answer is evaluated.
                </p>
              )}
            </Panel>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <Panel title="Strongest and weakest areas">
              <AreasCard
                strongest={data.strongest_area}
                weakest={data.weakest_area}
                strengths={data.strengths}
                weaknesses={data.weaknesses}
              />
            </Panel>
            <Panel
              title="What to practise next"
              description="Derived from your weakest and strongest areas"
            >
              <Recommendations
                items={data.recommendations}
                onStart={startRecommendedSessionAction}
              />
            </Panel>
          </div>
        </Suspense>
      )}
    </section>
  );
}
