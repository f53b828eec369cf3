/**
 * Time limits. Each question has its own (lib/validations/question.ts: 2–10 minutes); the
 * candidate may instead choose one limit for every question of a session, or untimed practice.
 * Inside the interview code a limit of 0 means untimed.
 */

/** The limits offered at setup, in seconds (0 = untimed; null = each question's own). */
export const SESSION_TIME_LIMITS = [null, 120, 180, 300, 600, 0] as const;
export type SessionTimeLimit = (typeof SESSION_TIME_LIMITS)[number];

export const SESSION_TIME_LIMIT_RANGE = { min: 60, max: 1800 } as const;

/** The limit a question runs under in a session (0 = untimed). */
export function effectiveTimeLimit(sessionLimit: number | null, questionLimit: number): number {
  return sessionLimit === null ? questionLimit : sessionLimit;
}

/** Grace for the network and the browser's clock before the server calls a skip a time-out. */
const TIMEOUT_GRACE_MS = 3_000;

/**
 * A question was skipped because its time ran out when its clock (started when it was shown)
 * had reached the limit at the moment of the skip; an untimed question never times out.
 */
export function ranOutOfTime(limitSeconds: number, displayedAt: Date | null, at: Date): boolean {
  if (limitSeconds <= 0 || !displayedAt) return false;
  return at.getTime() - displayedAt.getTime() >= limitSeconds * 1000 - TIMEOUT_GRACE_MS;
}

/** "5 min", "2 min 30 s", "Untimed". */
export function formatTimeLimit(seconds: number): string {
  if (seconds <= 0) return "Untimed";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
