import type { EvaluationInput } from "@/lib/ai/types";
import { type Analysis, analyse } from "@/lib/ai/offline/nlp/analyse";
import { type WordVectors, wordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { RUBRIC_LEAD } from "./lexicon";
import { type Term, questionKeysOf, termsOf } from "./terms";

export interface PointContext {
  text: string;
  /** Content words, question words marked (and un-marked when the point has nothing else). */
  terms: Term[];
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
  return { text, terms };
}

export function buildContext(
  input: EvaluationInput,
  answerText: string = input.answerText,
): EvaluationContext {
  const vectors = wordVectors();
  const questionTerms = termsOf(analyse(input.questionText), vectors);
  const questionKeys = questionKeysOf(questionTerms);
  const answer = analyse(answerText);
  return {
    input,
    vectors,
    answer,
    answerTerms: termsOf(answer, vectors, questionKeys),
    questionTerms,
    points: input.expectedAnswerPoints.map((p) => pointContext(p, vectors, questionKeys)),
  };
}
