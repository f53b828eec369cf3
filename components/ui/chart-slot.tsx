import type * as React from "react";
import { cn } from "@/lib/utils";

/**
 * The sized, labelled place of a chart whose plot (recharts) loads after the page: the text
 * alternative is there from the first paint, and the placeholder has the plot's size, so nothing
 * moves when it arrives. Give it `aria-label` (and `aria-describedby` for a longer text).
 */
export function ChartSlot({ className, children, ...props }: React.ComponentProps<"div">) {
  return (
    <div role="img" data-slot="chart-slot" className={cn("relative", className)} {...props}>
      {children}
    </div>
  );
}

/** What a chart's place shows while its plot loads. */
export function ChartSkeleton() {
  return (
    <div
      aria-hidden="true"
      data-slot="chart-skeleton"
      className="size-full animate-pulse rounded-md bg-muted/60"
    />
  );
}
