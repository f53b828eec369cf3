/**
 * A wall clock a test controls: Date (and Date.now) stand still at a chosen instant and move only
 * when the test moves them, while timers, I/O and network stay real. Rules that read the clock
 * (breaker half-open delays, quota windows) then do not depend on how loaded the machine is.
 */
const REAL = [
  "hrtime",
  "nextTick",
  "performance",
  "queueMicrotask",
  "requestAnimationFrame",
  "cancelAnimationFrame",
  "requestIdleCallback",
  "cancelIdleCallback",
  "setImmediate",
  "clearImmediate",
  "setInterval",
  "clearInterval",
  "setTimeout",
  "clearTimeout",
] as const;

/** Stops the wall clock at `at` (default: now) until `releaseClock`. */
export function freezeClock(at: Date | number = Date.now()): void {
  jest.useFakeTimers({ doNotFake: [...REAL], now: at });
}

/** Moves the frozen wall clock forward by `ms`. */
export function advanceClock(ms: number): void {
  jest.setSystemTime(Date.now() + ms);
}

export function releaseClock(): void {
  jest.useRealTimers();
}

/** Stops the clock in the middle of today's UTC day, minute and hour, so no quota window (per
 * minute, day or month) can roll over between two calls of one test. */
export function freezeClockMidWindow(): void {
  const now = new Date();
  now.setUTCHours(12, 30, 30, 0);
  freezeClock(now);
}
