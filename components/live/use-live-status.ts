"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { usePoll } from "@/components/interview/use-poll";
import type { LiveEvent, LiveMessage, liveMessageSchema } from "@/lib/validations/live";

export type LiveConnection = "disabled" | "unsupported" | "connecting" | "live" | "reconnecting";

type Options = {
  onEvent: (event: LiveEvent, message: LiveMessage) => void;
  /** Fetch the page's state once: called when the stream is (re)connected and when the server
   * says events may have been missed, so nothing published in a gap stays unseen. */
  onResync?: () => void;
  /** The caller's polling, run whenever the stream is not live (unsupported, failing, between
   * reconnects). */
  poll?: () => Promise<void>;
  pollIntervalMs?: number;
  enabled?: boolean;
  url?: string;
  /** Reconnect delays double from the first to the last (with ±20 % jitter). */
  firstRetryMs?: number;
  maxRetryMs?: number;
};

/**
 * Live status events over server-sent events (EventSource), with reconnects of growing delay and
 * the caller's polling whenever the stream is not live.
 */
export function useLiveStatus({
  onEvent,
  onResync,
  poll,
  pollIntervalMs = 2000,
  enabled = true,
  url = "/api/live",
  firstRetryMs = 1000,
  maxRetryMs = 30_000,
}: Options): { status: LiveConnection; live: boolean } {
  // false on the server and while hydrating, so both render the same.
  const supported = useSyncExternalStore(
    noSubscription,
    () => typeof window.EventSource === "function",
    () => false,
  );
  const [connection, setConnection] = useState<"connecting" | "live" | "reconnecting">(
    "connecting",
  );
  const status: LiveConnection = !enabled ? "disabled" : !supported ? "unsupported" : connection;
  const handlers = useRef({ onEvent, onResync });
  useEffect(() => {
    handlers.current = { onEvent, onResync };
  });

  useEffect(() => {
    if (!enabled || !supported) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    // The schema (and zod with it) loads with the first message, not with the page: most page
    // views receive none, and loading it on open was a long task while the page was starting.
    // Messages wait for it in arrival order.
    let schema: Promise<typeof liveMessageSchema> | undefined;

    const connect = () => {
      const es = new EventSource(url, { withCredentials: true });
      source = es;
      es.addEventListener("ready", () => {
        failures = 0;
        setConnection("live");
        handlers.current.onResync?.();
      });
      es.addEventListener("resync", () => handlers.current.onResync?.());
      es.addEventListener("message", (e: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(e.data);
        } catch {
          return;
        }
        schema ??= import("@/lib/validations/live").then((m) => m.liveMessageSchema);
        void schema.then((liveMessageSchema) => {
          if (stopped) return;
          const message = liveMessageSchema.safeParse(data);
          if (message.success) handlers.current.onEvent(message.data.event, message.data);
        });
      });
      // Our own backoff rather than the browser's fixed retry, which also gives up on a 429.
      es.addEventListener("error", () => {
        es.close();
        if (stopped) return;
        setConnection("reconnecting");
        const delay = Math.min(maxRetryMs, firstRetryMs * 2 ** failures);
        failures += 1;
        timer = setTimeout(connect, delay * (0.8 + 0.4 * Math.random()));
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
      // The next connection (another URL, or enabled again) starts afresh.
      setConnection("connecting");
    };
  }, [enabled, supported, url, firstRetryMs, maxRetryMs]);

  usePoll(poll ?? noPoll, {
    enabled: Boolean(poll) && enabled && status !== "live",
    intervalMs: pollIntervalMs,
  });
  return { status, live: status === "live" };
}

const noPoll = () => Promise.resolve();
const noSubscription = () => () => {};
