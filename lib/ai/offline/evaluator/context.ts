import type { EvaluationInput } from "@/lib/ai/types";
import { type Analysis, analyse } from "@/lib/ai/offline/nlp/analyse";
import { type WordVectors, wordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { RUBRIC_LEAD } from "./lexicon";
import { type Term, questionKeysOf, termsOf } from "./terms";

export interface PointContext {
  text: string;
  /** Content words, question words marked (and un-marked when the point has nothing else). */
  terms: Term[];
  /** Lemmas of every word of the point, its lead-in ("Reflects on …") included. */
  words: string[];
}

/** Everything derived once from an input and shared by the scorers. */
export interface EvaluationContext {
  input: EvaluationInput;
  vectors: WordVectors | null;
  answer: Analysis;
  answerTerms: Term[];
  questionTerms: Term[];
  points: PointContext[];
}

/** Drops a rubric lead-in ("Describes …") so only what the answer must contain is matched. */
export function pointBody(point: string): string {
  const body = point.replace(RUBRIC_LEAD, "");
  return body.trim() ? body : point;
}

function pointContext(
  text: string,
  vectors: WordVectors | null,
  questionKeys: ReadonlySet<string>,
): PointContext {
  const terms = termsOf(analyse(pointBody(text)), vectors, questionKeys);
  // A point made only of question words would be unmatchable once demoted: judge it on all its words.
  if (terms.length > 0 && terms.every((t) => t.inQuestion))
    for (const t of terms) t.inQuestion = false;
  const words = analyse(text).tokens.flatMap((t) => [t.lemma, t.lower]);
  return { text, terms, words };
}

/** The question side of a context: depends on the question and its points only. */
export interface RubricContext {
  questionTerms: Term[];
  questionKeys: Set<string>;
  points: PointContext[];
}

export function rubricContext(
  questionText: string,
  expectedAnswerPoints: readonly string[],
  vectors: WordVectors | null = wordVectors(),
): RubricContext {
  const questionTerms = termsOf(analyse(questionText), vectors);
  const questionKeys = questionKeysOf(questionTerms);
  return {
    questionTerms,
    questionKeys,
    points: expectedAnswerPoints.map((p) => pointContext(p, vectors, questionKeys)),
  };
}

/** A context for an already analysed answer against a given rubric. */
export function contextOf(
  input: EvaluationInput,
  answer: Analysis,
  rubric: RubricContext,
  vectors: WordVectors | null = wordVectors(),
): EvaluationContext {
  return {
    input,
    vectors,
    answer,
    answerTerms: termsOf(answer, vectors, rubric.questionKeys),
    questionTerms: rubric.questionTerms,
    points: rubric.points,
  };
}

export function buildContext(
  input: EvaluationInput,
  answerText: string = input.answerText,
): EvaluationContext {
  const vectors = wordVectors();
  const rubric = rubricContext(input.questionText, input.expectedAnswerPoints, vectors);
  return contextOf(input, analyse(answerText), rubric, vectors);
}
