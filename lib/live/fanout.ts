import { logger } from "@/lib/logger";
import type { LiveDelivery, LiveListener } from "./types";

/** This instance's listeners per channel; one failing listener never stops the others. */
export class Fanout {
  private readonly channels = new Map<string, Set<LiveListener>>();

  /** Adds a listener; returns how many the channel has now. */
  add(channel: string, listener: LiveListener): number {
    const set = this.channels.get(channel) ?? new Set();
    set.add(listener);
    this.channels.set(channel, set);
    return set.size;
  }

  /** Removes a listener; returns how many the channel has left. */
  remove(channel: string, listener: LiveListener): number {
    const set = this.channels.get(channel);
    if (!set) return 0;
    set.delete(listener);
    if (set.size === 0) this.channels.delete(channel);
    return set.size;
  }

  count(channel: string): number {
    return this.channels.get(channel)?.size ?? 0;
  }

  emit(channel: string, delivery: LiveDelivery): void {
    for (const listener of [...(this.channels.get(channel) ?? [])]) {
      try {
        listener(delivery);
      } catch (error) {
        logger.warn("live listener failed", { channel, error: String(error) });
      }
    }
  }

  emitAll(delivery: LiveDelivery): void {
    for (const channel of [...this.channels.keys()]) this.emit(channel, delivery);
  }

  channelNames(): string[] {
    return [...this.channels.keys()];
  }

  clear(): void {
    this.channels.clear();
  }
}
