import type { z } from "zod";
import type { CriteriaScores } from "@/lib/evaluations/criteria";
import type {
  EVALUATION_FLAGS,
  pointEvidenceSchema,
  starBreakdownSchema,
} from "@/lib/validations/stored-json";
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

/** How one expected point fared (the shape evaluations.evidence stores). */
export type PointEvidence = z.output<typeof pointEvidenceSchema>;
export type EvaluationFlag = (typeof EVALUATION_FLAGS)[number];
export type StarBreakdown = z.output<typeof starBreakdownSchema>;

/** The four criteria scores, keyed by field (lib/evaluations/criteria.ts defines them). */
export type { CriteriaScores };

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
