/** Live status: publish a user's status events; stream them to their pages (server-sent events). */
export { closeLiveBus, liveBus, publishLiveEvent } from "./bus";
export { liveEventStream, sseFrame, SSE_HEADERS, type LiveStreamOptions } from "./sse";
export { openStreams } from "./stream-limits";
export type { LiveBus, LiveDelivery, LiveListener, LiveSubscription } from "./types";
export type { LiveEvent, LiveMessage } from "@/lib/validations/live";
