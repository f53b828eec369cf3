import { createHash } from "node:crypto";
import { answerHash } from "@/lib/answers/answer-hash";
import { keyedDigest } from "@/lib/crypto/personal-columns";
import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";

/** Spec "Cache Key Patterns": every cache key is built here, nowhere else. */

/** First 8 hex digits of the MD5 of the sorted, de-duplicated categories joined by "|". */
export function categoryHash(categories: readonly QuestionCategory[]): string {
  const sorted = [...new Set(categories)].sort();
  return createHash("md5").update(sorted.join("|")).digest("hex").slice(0, 8);
}

/** L1, property 6: `questions:{role}:{difficulty}:{count}:{category_hash}`. */
export function questionsKey(
  role: string,
  difficulty: Difficulty,
  count: number,
  categories: readonly QuestionCategory[],
): string {
  return `${questionsRolePrefix(role)}${difficulty}:${count}:${categoryHash(categories)}`;
}

/** Every L1 key starts with this (invalidation when the question bank changes). */
export const QUESTIONS_PREFIX = "questions:";

/** Every L1 key of one role starts with this (invalidation on a target-role change). */
export const questionsRolePrefix = (role: string) => `${QUESTIONS_PREFIX}${role}:`;

/**
 * L2: `eval:{question_hash}:{answer_hash}`. The spec keys on the answer alone, which would hand
 * one question's grade to the same words written for another; the question (text and expected
 * points, which decide the grade) is part of the key here.
 */
export function evaluationKey(question: {
  questionText: string;
  expectedAnswerPoints: readonly string[];
  answerText: string;
}): string {
  const identity = [question.questionText, ...question.expectedAnswerPoints]
    .map((t) => t.toLowerCase().split(/\s+/).filter(Boolean).join(" "))
    .join("\n");
  // Keyed like the answer's part: a personal question's text comes from the candidate's resume.
  const questionHash = keyedDigest("evaluation-question", identity).slice(0, 16);
  return `eval:${questionHash}:${answerHash(question.answerText)}`;
}

/** L3: `session:{session_id}`, with a version counter that writers bump. */
export const sessionKey = (sessionId: number) => `session:${sessionId}`;
export const sessionVersionKey = (sessionId: number) => `session:${sessionId}:version`;

/** L4: `user:{user_id}:prefs`. */
export const userPrefsKey = (userId: number) => `user:${userId}:prefs`;

/** Provider quota counter for one window: `quota:{provider}:{window}` (window = day, minute …). */
export const quotaKey = (provider: string, window: string) => `quota:${provider}:${window}`;

/** Keeps two processes from generating questions for the same pool at once. */
export const questionRefillLockKey = (poolKey: string) => `lock:refill:${poolKey}`;

/** Pub/sub channel of one user's live status events (under the deployment's prefix). */
export const liveUserChannel = (userId: number) => `live:user:${userId}`;

/** Every feature flag, as one entry (flags are few and read on many requests). */
export const featureFlagsKey = () => "flags:all";
