import { liveUserChannel } from "@/lib/cache/keys";
import type { LiveEvent } from "@/lib/validations/live";
import { Fanout } from "./fanout";
import { liveMessage } from "./message";
import type { LiveBus, LiveListener, LiveSubscription } from "./types";

/** In-process bus: the default without Redis (one instance, so in-process is everyone). */
export class MemoryLiveBus implements LiveBus {
  readonly kind = "memory" as const;
  private readonly fanout = new Fanout();

  async publish(userId: number, event: LiveEvent): Promise<void> {
    const message = liveMessage(event);
    // Delivered after the publisher's own work continues, as over a network.
    await Promise.resolve();
    this.fanout.emit(liveUserChannel(userId), { kind: "event", message });
  }

  subscribe(userId: number, listener: LiveListener): LiveSubscription {
    const channel = liveUserChannel(userId);
    this.fanout.add(channel, listener);
    return {
      ready: Promise.resolve(true),
      unsubscribe: () => void this.fanout.remove(channel, listener),
    };
  }

  listenerCount(userId: number): number {
    return this.fanout.count(liveUserChannel(userId));
  }

  close(): Promise<void> {
    this.fanout.clear();
    return Promise.resolve();
  }
}
