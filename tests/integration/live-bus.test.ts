/**
 * The live status bus: in-process delivery (the embedded default), and with a real Redis (when
 * REDIS_URL is set) two bus instances — two app instances — delivering to each other, one Redis
 * subscription per channel however many streams listen, resubscription and "resync" after the
 * subscriber connection is cut, and same-instance delivery while Redis is unreachable.
 */
import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { closeLiveBus, liveBus, publishLiveEvent, type LiveDelivery } from "@/lib/live";
import { MemoryLiveBus } from "@/lib/live/memory-bus";
import { RedisLiveBus } from "@/lib/live/redis-bus";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { LiveEvent } from "@/lib/validations/live";
import { eventually } from "../helpers/eventually";

const REDIS_URL = process.env.REDIS_URL ?? process.env.IM_TEST_REDIS_URL;

const followup = (answerId: number): LiveEvent => ({
  type: "followup.ready",
  sessionId: 1,
  answerId,
});

function collector() {
  const heard: LiveDelivery[] = [];
  const listener = (d: LiveDelivery) => void heard.push(d);
  const events = () =>
    heard.flatMap((d) => (d.kind === "event" ? [d.message.event] : ([] as LiveEvent[])));
  return { heard, listener, events };
}

describe("in-process bus", () => {
  let bus: MemoryLiveBus;
  beforeEach(() => (bus = new MemoryLiveBus()));
  afterEach(() => bus.close());

  it("delivers a user's events to each of their listeners, and to nobody else", async () => {
    const a = collector();
    const b = collector();
    const other = collector();
    bus.subscribe(1, a.listener);
    bus.subscribe(1, b.listener);
    bus.subscribe(2, other.listener);
    await bus.publish(1, followup(10));
    await eventually(() => a.heard.length === 1 && b.heard.length === 1);
    expect(a.events()).toEqual([followup(10)]);
    expect(other.heard).toEqual([]);
  });

  it("stops delivering after unsubscribe, and a throwing listener does not stop the others", async () => {
    const a = collector();
    const b = collector();
    const sa = bus.subscribe(1, () => {
      throw new Error("listener bug");
    });
    bus.subscribe(1, a.listener);
    const sb = bus.subscribe(1, b.listener);
    sb.unsubscribe();
    sb.unsubscribe();
    await bus.publish(1, followup(11));
    await eventually(() => a.heard.length === 1);
    expect(b.heard).toEqual([]);
    sa.unsubscribe();
    expect(bus.listenerCount(1)).toBe(1);
  });

  it("refuses an event that breaks the schema", async () => {
    await expect(
      bus.publish(1, { type: "evaluation.updated", answerId: -1 } as unknown as LiveEvent),
    ).rejects.toBeInstanceOf(AppError);
  });

  it("is the process-wide bus (in process without REDIS_URL), reached through publishLiveEvent", async () => {
    try {
      expect(liveBus().kind).toBe(process.env.REDIS_URL ? "redis" : "memory");
      const a = collector();
      await liveBus().subscribe(7, a.listener).ready;
      await publishLiveEvent(7, {
        type: "agent.status",
        agentType: "study_plan",
        status: "running",
      });
      await eventually(() => a.heard.length === 1);
    } finally {
      await closeLiveBus();
    }
  });
});

const describeRedis = REDIS_URL ? describe : describe.skip;

describeRedis("Redis bus across instances", () => {
  // A key space of this test file, so parallel runs on one Redis never hear each other.
  const prefix = `im-test-live-${randomBytes(4).toString("hex")}:`;
  let admin: Redis;
  let one: RedisLiveBus;
  let two: RedisLiveBus;
  const numsub = async (userId: number) => {
    const reply = (await admin.pubsub("NUMSUB", `${prefix}live:user:${userId}`)) as [
      string,
      number,
    ];
    return Number(reply[1]);
  };

  beforeAll(() => {
    admin = new Redis(REDIS_URL!);
  });
  beforeEach(() => {
    one = new RedisLiveBus(REDIS_URL!, prefix);
    two = new RedisLiveBus(REDIS_URL!, prefix);
  });
  afterEach(async () => {
    await one.close();
    await two.close();
  });
  afterAll(() => admin.disconnect());

  it("delivers an event published on one instance to listeners on the other", async () => {
    const onTwo = collector();
    const onOne = collector();
    const sub = two.subscribe(21, onTwo.listener);
    expect(await sub.ready).toBe(true);
    expect(await one.subscribe(21, onOne.listener).ready).toBe(true);
    await one.publish(21, followup(1));
    await two.publish(22, followup(2));
    await eventually(() => onTwo.heard.length === 1 && onOne.heard.length === 1);
    expect(onTwo.events()).toEqual([followup(1)]);
    expect(onOne.events()).toEqual([followup(1)]);
  });

  it("delivers the first event of an instance that has just started", async () => {
    const onTwo = collector();
    expect(await two.subscribe(24, onTwo.listener).ready).toBe(true);
    // A fresh instance publishes before its connection is up (its first evaluation, say).
    const fresh = new RedisLiveBus(REDIS_URL!, prefix);
    try {
      await fresh.publish(24, followup(4));
      await eventually(() => onTwo.heard.length === 1);
      expect(onTwo.events()).toEqual([followup(4)]);
    } finally {
      await fresh.close();
    }
  });

  it("holds one Redis subscription per channel for all of an instance's listeners", async () => {
    const subs = [collector(), collector(), collector()].map((c) => two.subscribe(23, c.listener));
    await Promise.all(subs.map((s) => s.ready));
    expect(await numsub(23)).toBe(1);
    const onOne = one.subscribe(23, collector().listener);
    await onOne.ready;
    expect(await numsub(23)).toBe(2);
    subs[0]!.unsubscribe();
    subs[1]!.unsubscribe();
    await eventually(async () => (await numsub(23)) === 2);
    subs[2]!.unsubscribe();
    await eventually(async () => (await numsub(23)) === 1);
    expect(two.listenerCount(23)).toBe(0);
  });

  it("resubscribes after its connection is cut, tells listeners to resync, and delivers again", async () => {
    const onTwo = collector();
    await two.subscribe(24, onTwo.listener).ready;
    const clients = (await admin.client("LIST")) as string;
    const line = clients.split("\n").find((l) => l.includes(` name=${two.subscriberName} `));
    const id = /\bid=(\d+)/.exec(line ?? "")?.[1];
    expect(id).toBeDefined();
    await admin.client("KILL", "ID", id!);
    await eventually(() => onTwo.heard.some((d) => d.kind === "resync"));
    await eventually(async () => (await numsub(24)) === 1);
    await one.publish(24, followup(3));
    await eventually(() => onTwo.events().length === 1);
    expect(onTwo.events()).toEqual([followup(3)]);
  });

  it("drops a malformed message from the channel instead of passing it on", async () => {
    const onTwo = collector();
    await two.subscribe(25, onTwo.listener).ready;
    await admin.publish(`${prefix}live:user:25`, '{"id":"x","event":{"type":"evil"}}');
    await admin.publish(`${prefix}live:user:25`, "not json");
    await one.publish(25, followup(4));
    await eventually(() => onTwo.heard.length >= 1);
    expect(onTwo.events()).toEqual([followup(4)]);
  });
});

describe("Redis bus with Redis unreachable", () => {
  it("still delivers to this instance's own listeners, and logs the outage once", async () => {
    const bus = new RedisLiveBus("redis://127.0.0.1:1", "im-test-down:");
    const warn = jest.spyOn(logger, "warn");
    try {
      const c = collector();
      bus.subscribe(26, c.listener);
      await bus.publish(26, followup(5));
      await bus.publish(26, followup(6));
      expect(c.events()).toEqual([followup(5), followup(6)]);
      const outage = warn.mock.calls.filter(([m]) =>
        String(m).includes("delivering on this instance"),
      );
      expect(outage).toHaveLength(1);
    } finally {
      warn.mockRestore();
      await bus.close();
    }
  });
});
