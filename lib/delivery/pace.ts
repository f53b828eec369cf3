import type { Pace } from "@/lib/validations/delivery";
import { MIN_PACE_SECONDS, MIN_PACE_WORDS, PACE_BAND } from "./thresholds";

/** Words per minute over the time spent speaking, judged against the 130–160 band. */
export function paceOf(
  mode: "spoken" | "typed",
  words: number,
  speakingSeconds: number | null,
): Pace {
  // Typing speed says nothing about speaking pace.
  if (mode === "typed") return { measured: false, reason: "typed" };
  if (speakingSeconds === null || speakingSeconds <= 0) {
    return { measured: false, reason: "no_duration" };
  }
  if (words < MIN_PACE_WORDS || speakingSeconds < MIN_PACE_SECONDS) {
    return { measured: false, reason: "too_little_speech" };
  }
  const wordsPerMinute = Math.round((words * 60) / speakingSeconds);
  return {
    measured: true,
    wordsPerMinute,
    verdict:
      wordsPerMinute < PACE_BAND.min ? "slow" : wordsPerMinute > PACE_BAND.max ? "fast" : "good",
    band: { ...PACE_BAND },
    speakingSeconds: Math.round(speakingSeconds * 10) / 10,
  };
}
