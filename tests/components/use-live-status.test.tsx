import { act, renderHook, waitFor } from "@testing-library/react";
import { useLiveStatus } from "@/components/live/use-live-status";
import type { LiveEvent } from "@/lib/validations/live";

/** Just enough of EventSource: named listeners, close(), and a test side that emits. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly listeners = new Map<string, Set<(e: MessageEvent) => void>>();
  closed = false;
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    (this.listeners.get(type) ?? this.listeners.set(type, new Set()).get(type)!).add(fn);
  }
  removeEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.get(type)?.delete(fn);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data = "{}") {
    act(() => {
      for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data }));
    });
  }
  static latest() {
    return FakeEventSource.instances.at(-1)!;
  }
}

const event: LiveEvent = {
  type: "evaluation.updated",
  answerId: 4,
  sessionId: 2,
  status: "completed",
  overallScore: 81,
};
const message = (e: LiveEvent = event) =>
  JSON.stringify({ id: "m1", at: new Date(0).toISOString(), event: e });

beforeEach(() => {
  FakeEventSource.instances = [];
  (window as unknown as { EventSource: unknown }).EventSource = FakeEventSource;
  jest.useFakeTimers();
  jest.spyOn(Math, "random").mockReturnValue(0.5); // no jitter: delays are exactly 1, 2, 4 s …
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
  delete (window as unknown as { EventSource?: unknown }).EventSource;
});

describe("useLiveStatus", () => {
  it("connects with credentials, goes live on ready, resyncs, and hands over checked events", async () => {
    const onEvent = jest.fn();
    const onResync = jest.fn();
    const { result } = renderHook(() => useLiveStatus({ onEvent, onResync }));
    const es = FakeEventSource.latest();
    expect(es.url).toBe("/api/live");
    expect(es.init).toEqual({ withCredentials: true });
    expect(result.current).toEqual({ status: "connecting", live: false });

    es.emit("ready", '{"live":true,"resumed":false}');
    expect(result.current).toEqual({ status: "live", live: true });
    expect(onResync).toHaveBeenCalledTimes(1);

    es.emit("message", message());
    es.emit("message", "not json");
    es.emit("message", JSON.stringify({ id: "m2", at: "x", event: { type: "unknown" } }));
    es.emit("message", message({ ...event, answerId: 8 }));
    // Messages are checked once the schema has loaded (after the page), in arrival order.
    await waitFor(() => expect(onEvent).toHaveBeenCalledTimes(2));
    expect(onEvent).toHaveBeenNthCalledWith(1, event, expect.objectContaining({ id: "m1" }));
    expect(onEvent).toHaveBeenNthCalledWith(2, { ...event, answerId: 8 }, expect.anything());

    es.emit("resync");
    expect(onResync).toHaveBeenCalledTimes(2);
  });

  it("reconnects after errors with doubling delays, and starts over once live again", () => {
    const { result } = renderHook(() => useLiveStatus({ onEvent: jest.fn(), maxRetryMs: 4000 }));
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const es = FakeEventSource.latest();
      es.emit("error");
      expect(es.closed).toBe(true);
      expect(result.current.status).toBe("reconnecting");
      const before = FakeEventSource.instances.length;
      let waited = 0;
      while (FakeEventSource.instances.length === before) {
        act(() => jest.advanceTimersByTime(100));
        waited += 100;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([1000, 2000, 4000, 4000]);
    FakeEventSource.latest().emit("ready");
    expect(result.current.status).toBe("live");
    FakeEventSource.latest().emit("error");
    const before = FakeEventSource.instances.length;
    act(() => jest.advanceTimersByTime(1000));
    expect(FakeEventSource.instances.length).toBe(before + 1);
  });

  it("runs the caller's polling while the stream is not live, and stops it once live", async () => {
    const poll = jest.fn(() => Promise.resolve());
    renderHook(() => useLiveStatus({ onEvent: jest.fn(), poll, pollIntervalMs: 1000 }));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(2500);
    });
    expect(poll).toHaveBeenCalledTimes(2);
    FakeEventSource.latest().emit("ready");
    await act(async () => {
      await jest.advanceTimersByTimeAsync(5000);
    });
    expect(poll).toHaveBeenCalledTimes(2);
    FakeEventSource.latest().emit("error");
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    expect(poll).toHaveBeenCalledTimes(3);
  });

  it("falls back to polling where EventSource does not exist", async () => {
    delete (window as unknown as { EventSource?: unknown }).EventSource;
    const poll = jest.fn(() => Promise.resolve());
    const { result } = renderHook(() =>
      useLiveStatus({ onEvent: jest.fn(), poll, pollIntervalMs: 1000 }),
    );
    expect(result.current).toEqual({ status: "unsupported", live: false });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(3000);
    });
    expect(poll).toHaveBeenCalledTimes(3);
  });

  it("closes the stream and cancels a pending reconnect on unmount; does nothing when disabled", () => {
    const { unmount } = renderHook(() => useLiveStatus({ onEvent: jest.fn() }));
    FakeEventSource.latest().emit("error");
    unmount();
    act(() => jest.advanceTimersByTime(60_000));
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(FakeEventSource.latest().closed).toBe(true);

    const { result } = renderHook(() => useLiveStatus({ onEvent: jest.fn(), enabled: false }));
    expect(result.current.status).toBe("disabled");
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it("reconnects to a new URL and is not live until that stream is ready", () => {
    const { result, rerender } = renderHook(
      ({ url }) => useLiveStatus({ onEvent: jest.fn(), url }),
      {
        initialProps: { url: "/api/live?a" },
      },
    );
    FakeEventSource.latest().emit("ready");
    expect(result.current.live).toBe(true);
    rerender({ url: "/api/live?b" });
    expect(FakeEventSource.instances[0]!.closed).toBe(true);
    expect(FakeEventSource.latest().url).toBe("/api/live?b");
    expect(result.current.status).toBe("connecting");
  });
});
