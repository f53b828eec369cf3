import type { AnswerLength, AnswerMode } from "@/lib/validations/delivery";
import {
  MIN_ANSWER_WORDS,
  MIN_LIMIT_SHARE,
  MIN_SPOKEN_SECONDS,
  RAN_OUT_MARGIN_SECONDS,
} from "./thresholds";

/** The least time a spoken answer should take under a limit: 30 % of it, at most a minute. */
export function minimumSpokenSeconds(limitSeconds: number | null): number {
  return limitSeconds === null
    ? MIN_ANSWER_WORDS / 2.5
    : Math.min(MIN_SPOKEN_SECONDS, MIN_LIMIT_SHARE * limitSeconds);
}

/** Too short / good / ran out, against the question's time limit (words alone when untimed). */
export function answerLength(
  mode: AnswerMode,
  wordCount: number,
  usedSeconds: number | null,
  limitSeconds: number | null,
): AnswerLength {
  const minimumSeconds = mode === "spoken" ? minimumSpokenSeconds(limitSeconds) : null;
  const margin = limitSeconds === null ? 0 : Math.max(RAN_OUT_MARGIN_SECONDS, 0.02 * limitSeconds);
  const ranOut =
    limitSeconds !== null && usedSeconds !== null && usedSeconds >= limitSeconds - margin;
  const tooShort =
    wordCount < MIN_ANSWER_WORDS ||
    (minimumSeconds !== null && usedSeconds !== null && usedSeconds < minimumSeconds);
  return {
    // Running out is the more useful thing to hear: the answer was cut, not thin.
    verdict: ranOut ? "ran_out" : tooShort ? "too_short" : "good",
    wordCount,
    usedSeconds: usedSeconds === null ? null : Math.round(usedSeconds * 10) / 10,
    limitSeconds,
    minimumSeconds: minimumSeconds === null ? null : Math.round(minimumSeconds),
    minimumWords: MIN_ANSWER_WORDS,
  };
}
