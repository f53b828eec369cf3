import { keyedDigest } from "@/lib/crypto/personal-columns";

/** Case- and whitespace-insensitive form of an answer, as the evaluation cache keys on it. */
function normaliseAnswer(text: string): string {
  return text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
}

/**
 * Keyed digest of the normalised answer (answers.answer_hash and the L2 cache key). Keyed, so the
 * stored hash of a short answer cannot be matched against hashes of guessed answers; it follows
 * the keyring's current key (crypto:rotate recomputes it).
 */
export function answerHash(text: string): string {
  return keyedDigest("answer", normaliseAnswer(text));
}
