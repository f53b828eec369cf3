import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Open event streams per user on this instance (a lost count would only loosen the limit).
const open = new Map<number, number>();

/** Claims a stream slot for the user, or throws 429 when LIVE_MAX_STREAMS_PER_USER are open;
 * the returned function gives it back (once). */
export function claimStreamSlot(userId: number): () => void {
  const max = env().LIVE_MAX_STREAMS_PER_USER;
  const current = open.get(userId) ?? 0;
  if (current >= max) {
    throw new AppError("RATE_LIMIT_EXCEEDED", `At most ${max} live connections per user`, {
      headers: { "Retry-After": "30" },
    });
  }
  open.set(userId, current + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(userId) ?? 1) - 1;
    if (left > 0) open.set(userId, left);
    else open.delete(userId);
  };
}

export const openStreams = (userId: number): number => open.get(userId) ?? 0;
