"use client";

import { useRouter } from "next/navigation";
import { useLiveStatus } from "@/components/live/use-live-status";
import { Spinner } from "@/components/ui/spinner";

/** While a run is queued or running: a notice, and a page refresh when it moves. */
export function AgentRunRefresher({ busy, label }: { busy: boolean; label: string }) {
  const router = useRouter();
  useLiveStatus({
    enabled: busy,
    onEvent: (event) => {
      if (event.type === "agent.status") router.refresh();
    },
    onResync: () => router.refresh(),
    poll: () => {
      router.refresh();
      return Promise.resolve();
    },
    pollIntervalMs: 1500,
  });
  if (!busy) return null;
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
      <Spinner /> {label}
    </p>
  );
}
