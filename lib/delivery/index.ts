import {
  deliveryInputSchema,
  type DeliveryInput,
  type DeliveryReport,
} from "@/lib/validations/delivery";
import { parseInput } from "@/lib/validations/parse";
import { answerLength } from "./answer-length";
import { findDisfluencies, summarize } from "./disfluencies";
import { paceOf } from "./pace";
import { FILLER_RATE, HEDGE_RATE, MIN_RATE_SECONDS, READING_PACE } from "./thresholds";
import { longPauses, speechSpanSeconds, timedSpans } from "./timings";
import { tokenize } from "./tokens";

export { PACE_BAND, LONG_PAUSE_SECONDS, READING_PACE } from "./thresholds";
export { transcriptShare } from "./transcript-share";
export type { DeliveryInput, DeliveryReport } from "@/lib/validations/delivery";

/**
 * Delivery feedback for one answer: pace (spoken only), fillers and hedges per minute, long
 * pauses (from word or segment timings), and length against the time limit. Pure; invalid input
 * throws a VALIDATION_ERROR with field details.
 */
export function analyzeDelivery(raw: DeliveryInput): DeliveryReport {
  const input = parseInput(deliveryInputSchema, raw);
  const tokens = tokenize(input.transcript);
  const wordCount = tokens.length;
  const timed = input.mode === "spoken" ? timedSpans(input) : null;
  const span = timed ? speechSpanSeconds(timed.spans) : 0;
  // Speech measured between the first and last word beats the recording's length, which
  // includes the silence before and after.
  const speakingSeconds = span > 0 ? span : input.durationSeconds;
  // Rates over a sliver of speech (or a denormal duration) would be absurd or infinite.
  const measured =
    input.mode === "spoken" && speakingSeconds !== null && speakingSeconds >= MIN_RATE_SECONDS;
  const minutes = measured ? speakingSeconds / 60 : wordCount / READING_PACE;
  const occurrences = findDisfluencies(tokens);
  const basis = { minutes, words: wordCount };
  const usedSeconds = input.durationSeconds ?? (input.mode === "spoken" && span > 0 ? span : null);
  return {
    mode: input.mode,
    wordCount,
    minutes: Math.round(minutes * 1000) / 1000,
    rateBasis: measured ? "measured" : "estimated",
    pace: paceOf(input.mode, wordCount, input.mode === "spoken" ? speakingSeconds : null),
    fillers: summarize(occurrences, "filler", basis, FILLER_RATE),
    hedges: summarize(occurrences, "hedge", basis, HEDGE_RATE),
    pauses: longPauses(input),
    length: answerLength(input.mode, wordCount, usedSeconds, input.timeLimitSeconds),
  };
}
