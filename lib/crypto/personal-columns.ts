import { createHmac, hkdfSync } from "node:crypto";
import { appKeyring } from "./app-keyring";
import { openField, sealField } from "./sealed-field";
import type { SecretKey } from "./keyring";

// Free text a user wrote or that quotes their resume, encrypted at rest (spec property 21): answer
// and draft texts, the account's name, personal (tailored) questions' text and expected points,
// and follow-ups' prompt and point. Each value is bound to its row by associated data built from
// what the row is known by before it is inserted (its unique key), so writes need no second pass.
// Reading goes through one place: the result extension in lib/db/open-sealed.ts opens these
// columns for every query; rows stored before encryption read as they are until crypto:rotate
// seals them.

export interface AnswerKey {
  sessionId: number;
  questionId: number;
  kind: string;
  attempt: number;
}

export const answerTextContext = (a: AnswerKey): string =>
  `answer:${a.sessionId}:${a.questionId}:${a.kind}:${a.attempt}:text`;

export const draftTextContext = (d: { sessionId: number; questionId: number }): string =>
  `answer-draft:${d.sessionId}:${d.questionId}:text`;

export const userNameContext = (userId: number): string => `user:${userId}:name`;

// Personal questions are known by their fingerprint (unique, fixed at insert).
export const personalQuestionContext = (
  fingerprint: string,
  field: "text" | "points" | "model-answer",
): string => `question:${fingerprint}:${field}`;

export const followUpContext = (parentAnswerId: number, field: "prompt" | "point"): string =>
  `follow-up:${parentAnswerId}:${field}`;

/** An evaluation's feedback and evidence quote the answer; the row is known by its answer. */
export const EVALUATION_SEALED_FIELDS = [
  "strengths",
  "improvements",
  "suggestions",
  "exampleAnswer",
  "evidence",
  "star",
] as const;
export type EvaluationSealedField = (typeof EVALUATION_SEALED_FIELDS)[number];

export const evaluationContext = (answerId: number, field: EvaluationSealedField): string =>
  `evaluation:${answerId}:${field}`;

/** A session summary's strengths and improvements name what the answers said. */
export const summaryContext = (sessionId: number, field: "strengths" | "improvements"): string =>
  `session-summary:${sessionId}:${field}`;

export const sealAnswerText = (text: string, key: AnswerKey): string =>
  sealField(text, answerTextContext(key));

export const sealDraftText = (text: string, key: { sessionId: number; questionId: number }) =>
  sealField(text, draftTextContext(key));

export const sealUserName = (name: string, userId: number): string =>
  sealField(name, userNameContext(userId));

/** A sealed JSON value in a JSON column (the shape resume analyses use). */
interface SealedJson {
  sealed: string;
}

const isSealedJson = (value: unknown): value is SealedJson =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { sealed?: unknown }).sealed === "string";

export function sealJsonField(value: unknown, context: string): { sealed: string } {
  return { sealed: sealField(JSON.stringify(value), context) };
}

/** The plaintext of a sealed JSON column; a value stored before encryption as it is. */
export function openJsonField<T>(stored: T, context: string): T {
  return isSealedJson(stored) ? (JSON.parse(openField(stored.sealed, context)) as T) : stored;
}

/** Text and expected points of a personal question, sealed for storage. */
export function sealPersonalQuestion(fingerprint: string, text: string, points: readonly string[]) {
  return {
    questionText: sealField(text, personalQuestionContext(fingerprint, "text")),
    expectedAnswerPoints: sealJsonField(points, personalQuestionContext(fingerprint, "points")),
  };
}

/** A model answer written for a personal question (it is about the candidate's own work). */
export const sealPersonalModelAnswer = (fingerprint: string, text: string): string =>
  sealField(text, personalQuestionContext(fingerprint, "model-answer"));

/** The free-text parts of a completed evaluation, sealed for storage (JSON columns as `{ sealed }`). */
export function sealEvaluationText(
  answerId: number,
  fields: {
    strengths: readonly string[];
    improvements: readonly string[];
    suggestions: readonly string[];
    exampleAnswer: string | null;
    evidence: unknown;
    star: unknown;
  },
) {
  const json = (field: EvaluationSealedField, value: unknown) =>
    sealJsonField(value, evaluationContext(answerId, field));
  return {
    strengths: json("strengths", fields.strengths),
    improvements: json("improvements", fields.improvements),
    suggestions: json("suggestions", fields.suggestions),
    exampleAnswer:
      fields.exampleAnswer === null
        ? null
        : sealField(fields.exampleAnswer, evaluationContext(answerId, "exampleAnswer")),
    evidence: json("evidence", fields.evidence),
    // No STAR breakdown stays SQL NULL (the caller writes DbNull), so "has one" stays queryable.
    star: fields.star === null ? null : json("star", fields.star),
  };
}

export function sealSummaryText(
  sessionId: number,
  fields: { strengths: readonly string[]; improvements: readonly string[] },
) {
  return {
    strengths: sealJsonField(fields.strengths, summaryContext(sessionId, "strengths")),
    improvements: sealJsonField(fields.improvements, summaryContext(sessionId, "improvements")),
  };
}

export function sealFollowUp(parentAnswerId: number, fields: { prompt: string; point: string }) {
  return {
    prompt: sealField(fields.prompt, followUpContext(parentAnswerId, "prompt")),
    point: sealField(fields.point, followUpContext(parentAnswerId, "point")),
  };
}

// Blind index: a keyed HMAC of a value, so an exact (case- and space-insensitive) match can be
// searched in SQL without storing the value. The HMAC key is derived from an encryption key, so
// it rotates with the keyring: search tries every key, crypto:rotate rewrites under the current.
const blindKeys = new WeakMap<SecretKey, Buffer>();

function blindKey(key: SecretKey): Buffer {
  let derived = blindKeys.get(key);
  if (!derived) {
    derived = Buffer.from(hkdfSync("sha256", key.bytes(), "", "interviewmaster blind index", 32));
    blindKeys.set(key, derived);
  }
  return derived;
}

// Upper then lower case: a simple case fold ("Straße" and "STRASSE" are the same word).
const normaliseTerm = (value: string): string =>
  value.normalize("NFKC").toUpperCase().toLowerCase().trim().replace(/\s+/g, " ");

function blindTerm(key: SecretKey, scope: string, term: string): string {
  return createHmac("sha256", blindKey(key))
    .update(`${scope}\n${normaliseTerm(term)}`)
    .digest("base64url")
    .slice(0, 32);
}

/** users.name_index: the whole name and each word of it, under the current key. */
export function nameIndex(name: string): string[] {
  const key = appKeyring().current;
  const whole = normaliseTerm(name);
  const terms = new Set([whole, ...whole.split(" ")].filter(Boolean));
  return [...terms].map((term) => blindTerm(key, "user-name", term));
}

/** What a search for `query` (a name or one word of it) matches, under every key held. */
export function nameSearchTerms(query: string): string[] {
  return [...appKeyring().keys.values()].map((key) => blindTerm(key, "user-name", query));
}

/**
 * A keyed digest (HMAC-SHA-256, hex) of text derived from personal data, for equality lookups and
 * cache keys: unlike a plain hash it cannot be confirmed by hashing guesses without the key.
 */
export function keyedDigest(scope: string, text: string): string {
  return createHmac("sha256", blindKey(appKeyring().current))
    .update(`${scope}\n${text}`)
    .digest("hex");
}

/** A keyed fingerprint of a personal question (a plain hash of resume text could be guessed). */
export function personalFingerprint(userId: number, role: string, text: string): string {
  const key = appKeyring().current;
  return createHmac("sha256", blindKey(key))
    .update(`personal-question\n${userId}\n${normaliseTerm(role)}\n${normaliseTerm(text)}`)
    .digest("hex");
}
