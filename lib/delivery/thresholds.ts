/** The numbers delivery feedback is judged by, in one place. */

/** Conversational interview pace (words per minute) that listeners follow comfortably. */
export const PACE_BAND = { min: 130, max: 160 } as const;
/** The middle of the band: typed answers' rates are taken as if read aloud at this pace. */
export const READING_PACE = (PACE_BAND.min + PACE_BAND.max) / 2;

/** Less speech than this gives no meaningful pace. */
export const MIN_PACE_WORDS = 15;
export const MIN_PACE_SECONDS = 8;
/** Below a second of speech, per-minute rates are estimated from the word count instead. */
export const MIN_RATE_SECONDS = 1;

/** A silence between words at least this long is a long pause. */
export const LONG_PAUSE_SECONDS = 2;

/** Per-minute rates up to `low` are fine, up to `moderate` noticeable, above that distracting. */
export const FILLER_RATE = { low: 3, moderate: 6 } as const;
export const HEDGE_RATE = { low: 2, moderate: 4 } as const;

/** Fewer words than this cannot make a complete answer (about 15 seconds of speech). */
export const MIN_ANSWER_WORDS = 40;
/** A spoken answer shorter than this share of the limit, and under a minute, is too short. */
export const MIN_LIMIT_SHARE = 0.3;
export const MIN_SPOKEN_SECONDS = 60;
/** Within this much of the limit (or 2 % of it, whichever is more) the answer ran out of time. */
export const RAN_OUT_MARGIN_SECONDS = 1;
