import type { LiveEvent, LiveMessage } from "@/lib/validations/live";

/** What a subscriber hears: an event, or "resync" when events may have been missed (the bus lost
 * its connection for a while): the page should then fetch its state once. */
export type LiveDelivery = { kind: "event"; message: LiveMessage } | { kind: "resync" };
export type LiveListener = (delivery: LiveDelivery) => void;

export interface LiveSubscription {
  /** Settles once events published from now on will arrive (true), or could not be set up. */
  ready: Promise<boolean>;
  unsubscribe(): void;
}

/** Publish/subscribe of status events per user: Redis across instances, or in-process. */
export interface LiveBus {
  readonly kind: "redis" | "memory";
  publish(userId: number, event: LiveEvent): Promise<void>;
  subscribe(userId: number, listener: LiveListener): LiveSubscription;
  /** Listeners this instance holds for a user (all of that user's open streams). */
  listenerCount(userId: number): number;
  close(): Promise<void>;
}
