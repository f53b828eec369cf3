import { questionBank } from "@/lib/questions/bank/load";
import { pickQuestions, seededRandom } from "@/lib/questions/pick";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import { roleTiers } from "@/lib/questions/role-match";
import type { AIProvider } from "../provider";
import type { EvaluationInput, QuestionDraft, QuestionRequest } from "../types";
import { evaluateOffThread } from "./pool";

// Read on first use: the bank is files, and importing this module must not touch the disk.
let bankWithIds: ReturnType<typeof withIds> | undefined;
const withIds = () => questionBank().questions.map((q, id) => ({ ...q, id }));

/**
 * The built-in offline provider: questions from the hand-written bank, answers scored by the
 * deterministic evaluator. Always available, so it is every chain's last resort.
 */
export const builtinProvider: AIProvider = {
  name: "builtin",

  generateQuestions(request: QuestionRequest): Promise<QuestionDraft[]> {
    const exclude = request.excludeFingerprints ?? new Set<string>();
    bankWithIds ??= withIds();
    const pool = bankWithIds.filter((q) => !exclude.has(questionFingerprint(q.role, q.text)));
    const picked = pickQuestions(pool, {
      categories: request.categories,
      difficulty: request.difficulty,
      count: request.count,
      roleTiers: roleTiers(request.role),
      seen: new Set(),
      random: seededRandom(request.seed ?? Math.floor(Math.random() * 2 ** 31)),
    });
    return Promise.resolve(
      picked.map((q) => ({
        questionText: q.text,
        category: q.category,
        difficulty: q.difficulty,
        role: q.role,
        expectedAnswerPoints: [...q.points],
        timeLimitSeconds: q.timeLimitSeconds,
      })),
    );
  },

  evaluateAnswer(input: EvaluationInput) {
    return evaluateOffThread(input);
  },
};
