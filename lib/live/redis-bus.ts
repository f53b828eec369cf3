import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { liveUserChannel } from "@/lib/cache/keys";
import { logger } from "@/lib/logger";
import { liveMessageSchema, type LiveEvent } from "@/lib/validations/live";
import { Fanout } from "./fanout";
import { liveMessage } from "./message";
import type { LiveBus, LiveListener, LiveSubscription } from "./types";

const retryStrategy = (times: number) => Math.min(times * 200, 2000);

/** How long a first publish waits for the connection before delivering on this instance only. */
const FIRST_CONNECTION_WAIT_MS = 2000;

/**
 * Redis pub/sub across instances. A dedicated subscriber connection holds one SUBSCRIBE per user
 * channel, shared by every listener (every SSE stream) of this instance, and resubscribes after
 * a reconnect, after which listeners hear "resync" (events published meanwhile were lost). While
 * Redis is away, a publish reaches this instance's own listeners directly.
 */
export class RedisLiveBus implements LiveBus {
  readonly kind = "redis" as const;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly fanout = new Fanout();
  // Per channel: settles once Redis confirmed the SUBSCRIBE.
  private readonly subscribed = new Map<string, Promise<boolean>>();
  private lostConnection = false;
  /** CLIENT SETNAME of the subscriber connection: which instance holds which subscriptions. */
  readonly subscriberName = `im-live-sub-${process.pid}-${randomBytes(3).toString("hex")}`;
  private publishFailing = false;
  private connecting: Promise<void> | null = null;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.pub = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      retryStrategy,
    });
    // Subscriptions queue while disconnected and are restored on reconnect (autoResubscribe).
    this.sub = new Redis(url, {
      connectionName: this.subscriberName,
      maxRetriesPerRequest: null,
      autoResubscribe: true,
      retryStrategy,
    });
    // Errors surface through commands and reconnects; an unhandled 'error' event would crash.
    this.pub.on("error", () => {});
    this.sub.on("error", () => {});
    this.sub.on("message", (channel: string, raw: string) => this.receive(channel, raw));
    this.sub.on("close", () => {
      if (this.lostConnection || this.fanout.channelNames().length === 0) return;
      this.lostConnection = true;
      logger.warn("live status: Redis subscriber disconnected; reconnecting");
    });
    this.sub.on("ready", () => {
      if (!this.lostConnection) return;
      this.lostConnection = false;
      logger.info("live status: Redis subscriber reconnected");
      this.fanout.emitAll({ kind: "resync" });
    });
  }

  private channel(userId: number): string {
    return `${this.prefix}${liveUserChannel(userId)}`;
  }

  private receive(channel: string, raw: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const message = liveMessageSchema.safeParse(parsed);
    if (!message.success) {
      logger.warn("live status: dropped a malformed message", { channel });
      return;
    }
    this.fanout.emit(channel, { kind: "event", message: message.data });
  }

  /**
   * A new instance's first publish can come before its connection is up, and commands are not
   * queued offline: wait for the first connection (briefly), never for a reconnect.
   */
  private firstConnection(): Promise<void> {
    if (this.pub.status !== "connecting" && this.pub.status !== "wait") return Promise.resolve();
    this.connecting ??= new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pub.off("ready", done);
        this.pub.off("end", done);
        resolve();
      };
      const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS);
      this.pub.once("ready", done);
      this.pub.once("end", done);
    });
    return this.connecting;
  }

  async publish(userId: number, event: LiveEvent): Promise<void> {
    const message = liveMessage(event);
    const channel = this.channel(userId);
    try {
      await this.firstConnection();
      await this.pub.publish(channel, JSON.stringify(message));
      if (this.publishFailing) logger.info("live status: publishing through Redis again");
      this.publishFailing = false;
    } catch (error) {
      if (!this.publishFailing) {
        logger.warn("live status: Redis unavailable; delivering on this instance only", {
          error: String(error),
        });
      }
      this.publishFailing = true;
      this.fanout.emit(channel, { kind: "event", message });
    }
  }

  subscribe(userId: number, listener: LiveListener): LiveSubscription {
    const channel = this.channel(userId);
    if (this.fanout.add(channel, listener) === 1 || !this.subscribed.has(channel)) {
      const ready = this.sub.subscribe(channel).then(
        () => true,
        (error: unknown) => {
          logger.warn("live status: subscribe failed", { channel, error: String(error) });
          this.subscribed.delete(channel);
          return false;
        },
      );
      this.subscribed.set(channel, ready);
    }
    let active = true;
    return {
      ready: this.subscribed.get(channel) ?? Promise.resolve(false),
      unsubscribe: () => {
        if (!active) return;
        active = false;
        if (this.fanout.remove(channel, listener) > 0) return;
        this.subscribed.delete(channel);
        this.sub.unsubscribe(channel).catch(() => {
          // Gone with the connection anyway; not resubscribed since no listener is left.
        });
      },
    };
  }

  listenerCount(userId: number): number {
    return this.fanout.count(this.channel(userId));
  }

  close(): Promise<void> {
    this.fanout.clear();
    this.subscribed.clear();
    this.pub.disconnect();
    this.sub.disconnect();
    return Promise.resolve();
  }
}
