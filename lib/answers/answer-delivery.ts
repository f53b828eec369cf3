import { analyzeDelivery, transcriptShare } from "@/lib/delivery";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import {
  deliveryReportSchema,
  type DeliveryReport,
  type ParsedSpokenAnswer,
} from "@/lib/validations/delivery";

// Below this share of the submitted words coming from the recording, the answer was typed over
// it: its delivery is judged as text.
const SPOKEN_SHARE = 0.6;

interface Submission {
  answerText: string;
  spoken?: ParsedSpokenAnswer;
  /** Seconds the question was open (the server's clock). */
  timeTakenSeconds: number;
  /** The question's limit; 0 or less means untimed. */
  timeLimitSeconds: number | null;
}

/**
 * Delivery feedback of a submitted answer. Spoken (the recording's transcript and timings) when
 * the answer is mostly what was said; the text measures of what was submitted otherwise. Bad
 * timings are the caller's 422; anything else is logged and gives no report rather than losing
 * the submission.
 */
export function deliveryOfAnswer({
  answerText,
  spoken,
  timeTakenSeconds,
  timeLimitSeconds,
}: Submission): DeliveryReport | null {
  const limit = timeLimitSeconds && timeLimitSeconds > 0 ? timeLimitSeconds : null;
  try {
    if (spoken && transcriptShare(answerText, spoken.transcript) >= SPOKEN_SHARE) {
      return analyzeDelivery({
        mode: "spoken",
        transcript: spoken.transcript,
        durationSeconds: spoken.duration_seconds,
        timeLimitSeconds: limit,
        words: spoken.words,
        segments: spoken.segments,
      });
    }
    return analyzeDelivery({
      mode: "typed",
      transcript: answerText,
      durationSeconds: timeTakenSeconds,
      timeLimitSeconds: limit,
    });
  } catch (error) {
    if (isAppError(error)) throw error;
    logger.error("delivery analysis failed", { error: String(error) });
    return null;
  }
}

/** A stored report (answers.delivery), or null when absent or of an older shape. */
export function readDelivery(stored: unknown): DeliveryReport | null {
  if (stored === null || stored === undefined) return null;
  const parsed = deliveryReportSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
