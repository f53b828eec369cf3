import { liveBus } from "./bus";
import { claimStreamSlot } from "./stream-limits";
import type { LiveBus, LiveDelivery } from "./types";

export interface LiveStreamOptions {
  bus?: LiveBus;
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs?: number;
  /** The reconnection delay the browser is told to use (`retry:`). */
  retryMs?: number;
  /** Bytes a client may leave unread before the stream is closed (it reconnects and resyncs). */
  maxBufferedBytes?: number;
}

const encoder = new TextEncoder();

/** One SSE frame. Data is JSON, which has no raw line breaks, so it is always one `data:` line. */
export function sseFrame(fields: { event?: string; id?: string; data: unknown }): string {
  const lines = [];
  if (fields.id) lines.push(`id: ${fields.id}`);
  if (fields.event) lines.push(`event: ${fields.event}`);
  lines.push(`data: ${JSON.stringify(fields.data)}`);
  return `${lines.join("\n")}\n\n`;
}

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  // nginx and similar proxies would otherwise buffer the stream.
  "x-accel-buffering": "no",
};

/**
 * A Server-Sent Events response carrying one user's live status events, for a route handler:
 * `retry:` hint, `event: ready` once the subscription is live (the page fetches its state once
 * then, which also covers a reconnect: no Last-Event-ID replay is needed), one `data:` frame per
 * event (`id:` set), `event: resync` when the bus may have missed events, a heartbeat comment
 * every 15 s. Everything is released when the client goes away (abort), cancels, or stops
 * reading (more than `maxBufferedBytes` unread). Throws 429 (AppError) over the per-user limit.
 */
export function liveEventStream(
  request: Request,
  userId: number,
  {
    bus = liveBus(),
    heartbeatMs = 15_000,
    retryMs = 3_000,
    maxBufferedBytes = 256 * 1024,
  }: LiveStreamOptions = {},
): Response {
  const release = claimStreamSlot(userId);
  const resumed = request.headers.has("last-event-id");
  let cleanup = () => release();

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        const subscription = bus.subscribe(userId, (d: LiveDelivery) =>
          write(
            d.kind === "resync"
              ? sseFrame({ event: "resync", data: {} })
              : sseFrame({ id: d.message.id, data: d.message }),
          ),
        );
        const heartbeat = setInterval(() => write(": ping\n\n"), heartbeatMs);
        heartbeat.unref?.();

        function write(text: string): void {
          if (closed) return;
          const chunk = encoder.encode(text);
          // A client that stopped reading is disconnected rather than buffered for ever; it
          // reconnects and resyncs.
          if ((controller.desiredSize ?? 0) < chunk.byteLength) return finish();
          try {
            controller.enqueue(chunk);
          } catch {
            finish();
          }
        }
        function finish(): void {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          subscription.unsubscribe();
          request.signal.removeEventListener("abort", finish);
          release();
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the client.
          }
        }

        cleanup = finish;
        request.signal.addEventListener("abort", finish);
        if (request.signal.aborted) return finish();
        write(`retry: ${retryMs}\n\n`);
        void subscription.ready.then((ok) =>
          write(sseFrame({ event: "ready", data: { live: ok, resumed } })),
        );
      },
      cancel() {
        cleanup();
      },
    },
    { highWaterMark: maxBufferedBytes, size: (chunk) => chunk.byteLength },
  );

  return new Response(stream, { status: 200, headers: SSE_HEADERS });
}
