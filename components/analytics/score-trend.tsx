"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ScoreTrendChart, type WeeklyPoint } from "./score-trend-chart";
import { SessionTrendChart, type SessionPoint } from "./session-trend-chart";

/** The score over time, per session (every session a point) or per week (their average). */
export function ScoreTrend({
  sessions,
  weeks,
}: {
  sessions: SessionPoint[];
  weeks: WeeklyPoint[];
}) {
  return (
    <Tabs defaultValue="sessions">
      <TabsList aria-label="Group the scores">
        <TabsTrigger value="sessions">By session</TabsTrigger>
        <TabsTrigger value="weeks">By week</TabsTrigger>
      </TabsList>
      <TabsContent value="sessions" className="pt-2">
        <SessionTrendChart points={sessions} />
      </TabsContent>
      <TabsContent value="weeks" className="pt-2">
        <ScoreTrendChart points={weeks} />
      </TabsContent>
    </Tabs>
  );
}
