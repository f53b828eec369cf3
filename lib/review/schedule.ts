/**
 * The review queue's spacing rule (pure). A question answered below WEAK_BELOW comes back after
 * 1 day; each good answer to it moves it up the ladder (a strong one two rungs), a weak one sends
 * it back to the first rung, and a good answer on the last rung retires it from the queue.
 */
export const REVIEW_INTERVAL_DAYS = [1, 3, 7, 14] as const;
/** Overall scores below this put a question on the review queue. */
export const WEAK_BELOW = 60;
/** Scores from this up skip a rung. */
export const STRONG_FROM = 80;

const DAY_MS = 86_400_000;

export interface ReviewState {
  /** Rung of the review now scheduled (index into REVIEW_INTERVAL_DAYS). */
  step: number;
}

export type ReviewDecision =
  | { kind: "none" }
  | { kind: "schedule"; step: number; intervalDays: number; dueAt: Date }
  | { kind: "graduate" };

const clampStep = (step: number) =>
  Math.min(REVIEW_INTERVAL_DAYS.length - 1, Math.max(0, Math.trunc(step)));

function scheduleAt(step: number, answeredAt: Date): ReviewDecision {
  const intervalDays = REVIEW_INTERVAL_DAYS[step]!;
  return {
    kind: "schedule",
    step,
    intervalDays,
    dueAt: new Date(answeredAt.getTime() + intervalDays * DAY_MS),
  };
}

/**
 * What an evaluated answer (overall `score`, submitted at `answeredAt`) does to the question's
 * review: `previous` is its current schedule, null when it is not on the queue.
 */
export function nextReview(
  previous: ReviewState | null,
  score: number,
  answeredAt: Date,
): ReviewDecision {
  if (score < WEAK_BELOW) return scheduleAt(0, answeredAt);
  if (previous === null) return { kind: "none" };
  const next = clampStep(previous.step) + (score >= STRONG_FROM ? 2 : 1);
  if (next >= REVIEW_INTERVAL_DAYS.length) return { kind: "graduate" };
  return scheduleAt(next, answeredAt);
}

/** Due now (or overdue) at `now`. */
export const isDue = (dueAt: Date, now: Date): boolean => dueAt.getTime() <= now.getTime();
