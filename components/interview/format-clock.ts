/** Seconds as mm:ss (minutes padded to two digits; never negative). Plain module: usable by
 * server components and client components alike. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}
