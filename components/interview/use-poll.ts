"use client";

import { useEffect, useRef } from "react";

type PollOptions = {
  enabled: boolean;
  intervalMs?: number;
  /** After this many polls the interval doubles (up to `maxIntervalMs`), so a stuck job costs little. */
  backoffAfter?: number;
  maxIntervalMs?: number;
};

/**
 * Calls `poll` every `intervalMs` while `enabled`, one call at a time (the next waits for the
 * previous), skipping turns while the tab is hidden.
 */
export function usePoll(
  poll: () => Promise<void>,
  { enabled, intervalMs = 2000, backoffAfter = 30, maxIntervalMs = 30_000 }: PollOptions,
) {
  const pollRef = useRef(poll);
  useEffect(() => {
    pollRef.current = poll;
  });

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let count = 0;
    let timer: ReturnType<typeof setTimeout>;
    const delay = () =>
      count < backoffAfter
        ? intervalMs
        : Math.min(
            maxIntervalMs,
            intervalMs * 2 ** Math.ceil((count - backoffAfter + 1) / backoffAfter),
          );
    const loop = async () => {
      if (typeof document === "undefined" || document.visibilityState !== "hidden") {
        count += 1;
        try {
          await pollRef.current();
        } catch {
          // Network blips: try again next turn.
        }
      }
      if (!cancelled) timer = setTimeout(() => void loop(), delay());
    };
    timer = setTimeout(() => void loop(), intervalMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [enabled, intervalMs, backoffAfter, maxIntervalMs]);
}
