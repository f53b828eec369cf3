"use client";

import * as React from "react";
import { cn } from "@/lib/utils";
import { queuePlot } from "./chart-queue";

/**
 * What a slot tells the chart inside it (ChartContainer, components/ui/chart.tsx): its measured
 * size, so recharts draws once at the right size instead of at a guess and again after measuring,
 * and `plotted`, which the chart calls once drawn so the next queued plot may start.
 */
export interface ChartSlotContextValue {
  size: { width: number; height: number } | null;
  plotted: () => void;
}

export const ChartSlotContext = React.createContext<ChartSlotContextValue | null>(null);

// A plot starts a little before its slot scrolls into view, so it is usually drawn when seen.
const ROOT_MARGIN = "200px";

/**
 * Mounts the plot when the slot nears the viewport (or the page is printed), one plot at a time
 * (chart-queue.ts): charts below the fold cost nothing on load, and those in view do not add up to
 * one long task. Without IntersectionObserver (tests, old browsers) the plot mounts at once.
 */
function usePlotMount(ref: React.RefObject<HTMLDivElement | null>) {
  const [value, setValue] = React.useState<ChartSlotContextValue | null>(null);
  React.useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const mount = (done: () => void) => {
      const { width, height } = el.getBoundingClientRect();
      setValue({
        size:
          width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : null,
        plotted: done,
      });
    };
    if (typeof IntersectionObserver === "undefined") {
      mount(() => {});
      return;
    }
    let cancel: (() => void) | null = null;
    const start = () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", print);
      cancel ??= queuePlot(mount);
    };
    // Printing cannot wait for the queue: the plot mounts now (drawn if recharts has loaded).
    const print = () => {
      cancel?.();
      cancel = () => {};
      observer.disconnect();
      window.removeEventListener("beforeprint", print);
      mount(() => {});
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) start();
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(el);
    window.addEventListener("beforeprint", print);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", print);
      cancel?.();
    };
  }, [ref]);
  return value;
}

/**
 * The sized, labelled place of a chart whose plot (recharts) loads after the page: the text
 * alternative is there from the first paint, and the placeholder has the plot's size, so nothing
 * moves when it arrives. Give it `aria-label` (and `aria-describedby` for a longer text).
 */
export function ChartSlot({ className, children, ...props }: React.ComponentProps<"div">) {
  const ref = React.useRef<HTMLDivElement>(null);
  const plot = usePlotMount(ref);
  return (
    <div
      ref={ref}
      role="img"
      data-slot="chart-slot"
      className={cn("relative", className)}
      {...props}
    >
      {plot ? (
        <ChartSlotContext.Provider value={plot}>{children}</ChartSlotContext.Provider>
      ) : (
        <ChartSkeleton />
      )}
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
