"use client";

import { useEffect, useRef, useState } from "react";
import { TimerIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { formatClock } from "./format-clock";

export type TimerBand = "normal" | "warning" | "destructive";

export { formatClock };

/** Warning under 60 s, destructive under 15 s. */
export function timerBand(remaining: number): TimerBand {
  if (remaining < 15) return "destructive";
  if (remaining < 60) return "warning";
  return "normal";
}

/** Screen-reader milestones: announced once each, only if the clock started above them. */
const MILESTONES = [
  { at: 0, text: "Time is up" },
  { at: 10, text: "10 seconds remaining" },
  { at: 30, text: "30 seconds remaining" },
  { at: 60, text: "1 minute remaining" },
] as const;

function announcement(remaining: number, startedAt: number): string {
  return MILESTONES.find((m) => remaining <= m.at && startedAt > m.at)?.text ?? "";
}

const BAND_CLASSES: Record<TimerBand, string> = {
  normal: "border-border bg-background text-foreground",
  warning: "border-warning/60 bg-warning/10 text-warning",
  destructive: "border-destructive/60 bg-destructive/10 text-destructive",
};

type CountdownProps = {
  /** Seconds left when mounted (from the server's `remaining_seconds`). Remount to restart. */
  seconds: number;
  /** Called once when the clock reaches zero. */
  onExpire: () => void;
  className?: string;
};

/**
 * A visible mm:ss countdown measured against a wall-clock deadline (so a throttled background tab
 * does not drift). Colour bands plus text; screen readers hear only the 60/30/10 s milestones.
 */
export function Countdown({ seconds, onExpire, className }: CountdownProps) {
  const [startedAt] = useState(() => Math.max(0, Math.floor(seconds)));
  const [remaining, setRemaining] = useState(startedAt);
  const onExpireRef = useRef(onExpire);

  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    const deadline = Date.now() + startedAt * 1000;
    let fired = false;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0 && !fired) {
        fired = true;
        clearInterval(interval);
        onExpireRef.current();
      }
    };
    const interval = setInterval(tick, 250);
    // Already out of time (e.g. a reload after the limit): expire on the next turn.
    const immediate = startedAt === 0 ? setTimeout(tick, 0) : undefined;
    return () => {
      clearInterval(interval);
      clearTimeout(immediate);
    };
  }, [startedAt]);

  const band = timerBand(remaining);

  return (
    <div className={cn("inline-flex flex-col items-end", className)}>
      <div
        role="timer"
        data-band={band}
        className={cn(
          "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-lg font-semibold transition-colors",
          BAND_CLASSES[band],
        )}
      >
        <TimerIcon aria-hidden="true" className="size-4" />
        <span className="sr-only">Time remaining: </span>
        <span className="inline-block min-w-[5ch] text-center tabular-nums">
          {formatClock(remaining)}
        </span>
      </div>
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="timer-announcement">
        {announcement(remaining, startedAt)}
      </p>
    </div>
  );
}
