/**
 * The live status event stream as a route handler returns it, read through a real Request and
 * ReadableStream: headers, `retry:` and `ready` first, one framed event per publish (the user's
 * own only), resync, heartbeats, cleanup when the client aborts, cancels or stops reading, and
 * the per-user limit on open streams.
 */
import { AppError } from "@/lib/errors";
import { resetEnvForTests } from "@/lib/env";
import { liveEventStream, openStreams, sseFrame } from "@/lib/live";
import { MemoryLiveBus } from "@/lib/live/memory-bus";
import type { LiveEvent } from "@/lib/validations/live";

const decoder = new TextDecoder();
let bus: MemoryLiveBus;
let nextUser = 1;

beforeEach(() => {
  bus = new MemoryLiveBus();
});
afterEach(async () => {
  jest.useRealTimers();
  await bus.close();
});

const evaluated = (answerId: number): LiveEvent => ({
  type: "evaluation.updated",
  answerId,
  sessionId: 3,
  status: "completed",
  overallScore: 78,
});

function open(userId: number, init: RequestInit = {}, options = {}) {
  const controller = new AbortController();
  const request = new Request("http://localhost/api/live", { ...init, signal: controller.signal });
  const response = liveEventStream(request, userId, { bus, ...options });
  const reader = response.body!.getReader();
  let text = "";
  // One read at a time, shared by `read` and `available`.
  let pending: ReturnType<typeof reader.read> | null = null;
  const next = () =>
    (pending ??= reader.read().finally(() => {
      pending = null;
    }));
  /** Reads until `until` holds for everything read so far, or the stream ends. */
  const read = async (until: (all: string) => boolean) => {
    while (!until(text)) {
      const { done, value } = await next();
      if (done) return { text, done: true };
      text += decoder.decode(value, { stream: true });
    }
    return { text, done: false };
  };
  /** Everything readable right now, without waiting for more. */
  const available = async () => {
    for (;;) {
      const tick = new Promise<null>((resolve) => setImmediate(() => resolve(null)));
      const result = await Promise.race([next(), tick]);
      if (!result || result.done) return text;
      text += decoder.decode(result.value, { stream: true });
    }
  };
  return { response, reader, read, available, abort: () => controller.abort() };
}

/** The frames of an SSE text, each as its fields (comments kept as ":"). */
function frames(text: string) {
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) =>
      Object.fromEntries(
        block.split("\n").map((line) => {
          const at = line.indexOf(":");
          return at === 0
            ? [":", line.slice(1).trim()]
            : [line.slice(0, at), line.slice(at + 1).trim()];
        }),
      ),
    );
}

describe("live event stream", () => {
  it("answers as text/event-stream with a retry hint, then ready once subscribed", async () => {
    const s = open(nextUser++);
    expect(s.response.status).toBe(200);
    expect(s.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(s.response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(s.response.headers.get("x-accel-buffering")).toBe("no");
    const { text } = await s.read((t) => t.includes("event: ready"));
    expect(frames(text)).toEqual([
      { retry: "3000" },
      { event: "ready", data: JSON.stringify({ live: true, resumed: false }) },
    ]);
    s.abort();
  });

  it("frames each of the user's events with its id, and nothing of other users", async () => {
    const user = nextUser++;
    const other = nextUser++;
    const s = open(user);
    await s.read((t) => t.includes("event: ready"));
    await bus.publish(other, evaluated(99));
    await bus.publish(user, evaluated(5));
    await bus.publish(user, { type: "resume.status", resumeId: 4, status: "analysing" });
    const { text } = await s.read((t) => t.includes("analysing"));
    const events = frames(text).filter((f) => "data" in f && "id" in f);
    expect(events).toHaveLength(2);
    const [first, second] = events.map((f) => ({ id: f.id, data: JSON.parse(f.data ?? "null") }));
    expect(first!.data).toMatchObject({ id: first!.id, event: evaluated(5) });
    expect(second!.data.event).toEqual({
      type: "resume.status",
      resumeId: 4,
      status: "analysing",
    });
    expect(first!.id).not.toBe(second!.id);
    expect(text).not.toContain('"answerId":99');
    s.abort();
  });

  it("passes a resync on, and says when a reconnecting client resumes", async () => {
    const user = nextUser++;
    const s = open(user, { headers: { "last-event-id": "abc" } });
    const ready = await s.read((t) => t.includes("event: ready"));
    expect(ready.text).toContain('"resumed":true');
    // The bus lost its connection: every listener hears resync.
    (bus as unknown as { fanout: { emitAll(d: unknown): void } }).fanout.emitAll({
      kind: "resync",
    });
    const { text } = await s.read((t) => t.includes("event: resync"));
    expect(frames(text).at(-1)).toEqual({ event: "resync", data: "{}" });
    s.abort();
  });

  it("sends a heartbeat comment every 15 seconds", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] });
    const s = open(nextUser++);
    await s.read((t) => t.includes("event: ready"));
    const pings = async () => ((await s.available()).match(/^: ping$/gm) ?? []).length;
    jest.advanceTimersByTime(14_999);
    expect(await pings()).toBe(0);
    jest.advanceTimersByTime(1);
    expect(await pings()).toBe(1);
    jest.advanceTimersByTime(30_000);
    expect(await pings()).toBe(3);
    s.abort();
  });

  it("lets go of the subscription, the timer and the slot when the client aborts", async () => {
    const user = nextUser++;
    const s = open(user);
    await s.read((t) => t.includes("event: ready"));
    expect(bus.listenerCount(user)).toBe(1);
    expect(openStreams(user)).toBe(1);
    s.abort();
    expect((await s.read(() => false)).done).toBe(true);
    expect(bus.listenerCount(user)).toBe(0);
    expect(openStreams(user)).toBe(0);
  });

  it("cleans up the same way when the reader cancels", async () => {
    const user = nextUser++;
    const s = open(user);
    await s.read((t) => t.includes("event: ready"));
    await s.reader.cancel();
    expect(bus.listenerCount(user)).toBe(0);
    expect(openStreams(user)).toBe(0);
  });

  it("disconnects a client that stops reading instead of buffering without bound", async () => {
    const user = nextUser++;
    const s = open(user, {}, { maxBufferedBytes: 2_000 });
    for (let i = 1; i <= 40; i++) await bus.publish(user, evaluated(i));
    await new Promise((r) => setImmediate(r));
    expect(bus.listenerCount(user)).toBe(0);
    expect(openStreams(user)).toBe(0);
    // What was buffered is still delivered, then the stream ends: the client reconnects.
    const { text, done } = await s.read(() => false);
    expect(done).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2_000);
    expect(text).toContain('"answerId":1,');
  });

  it("refuses more than LIVE_MAX_STREAMS_PER_USER streams with 429, and frees a slot on close", () => {
    process.env.LIVE_MAX_STREAMS_PER_USER = "2";
    resetEnvForTests();
    try {
      const user = nextUser++;
      const a = open(user);
      open(user);
      let error: unknown;
      try {
        open(user);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("RATE_LIMIT_EXCEEDED");
      expect((error as AppError).headers["Retry-After"]).toBe("30");
      a.abort();
      expect(() => open(user).abort()).not.toThrow();
    } finally {
      delete process.env.LIVE_MAX_STREAMS_PER_USER;
      resetEnvForTests();
    }
  });
});

describe("sseFrame", () => {
  it("puts id and event before one data line, and ends with a blank line", () => {
    expect(sseFrame({ id: "1", event: "x", data: { a: "line\nbreak" } })).toBe(
      'id: 1\nevent: x\ndata: {"a":"line\\nbreak"}\n\n',
    );
  });
});
