import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";

/** A question as generated or stored, before it has a database id. */
export interface QuestionDraft {
  questionText: string;
  category: QuestionCategory;
  difficulty: Difficulty;
  role: string;
  /** 3–6 short statements a complete answer covers. */
  expectedAnswerPoints: string[];
  timeLimitSeconds: number;
}

export interface QuestionRequest {
  role: string;
  difficulty: Difficulty;
  categories: QuestionCategory[];
  count: number;
  /** Texts (or fingerprints) that must not be returned again. */
  excludeFingerprints?: ReadonlySet<string>;
  /** Seed for deterministic selection (tests, cache warming). */
  seed?: number;
}

export interface EvaluationInput {
  questionText: string;
  category: QuestionCategory;
  difficulty: Difficulty;
  role?: string;
  expectedAnswerPoints: string[];
  answerText: string;
}

/** How one expected point fared: covered or not, and where in the answer. */
export interface PointEvidence {
  point: string;
  covered: boolean;
  /** 0..1 strength of the match. */
  score: number;
  /** The answer's own words that cover the point, verbatim; null when missed. */
  quote: string | null;
  /** Character offsets of `quote` in the answer text (end exclusive); null when missed. */
  start: number | null;
  end: number | null;
}

export type EvaluationFlag =
  | "copied_question"
  | "keyword_salad"
  | "gibberish"
  | "non_answer"
  | "off_topic"
  | "prompt_injection"
  | "too_short";

export interface StarBreakdown {
  situation: string | null;
  task: string | null;
  action: string | null;
  result: string | null;
}

export interface CriteriaScores {
  contentQuality: number;
  clarity: number;
  confidence: number;
  technicalAccuracy: number;
}

export interface EvaluationResult extends CriteriaScores {
  /** Always recomputed with `overallScore()`; never taken from a model. */
  overallScore: number;
  strengths: string[];
  improvements: string[];
  suggestions: string[];
  exampleAnswer: string;
  evidence: PointEvidence[];
  star: StarBreakdown | null;
  flags: EvaluationFlag[];
}
