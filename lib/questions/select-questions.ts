import { hasLlmProviders } from "@/lib/ai/router";
import { builtinProvider } from "@/lib/ai/offline/builtin-provider";
import { recordBuiltinUsage } from "@/lib/ai/router/usage";
import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { ensureRequestContext } from "@/lib/request-context";
import type { CreateInterviewInput } from "@/lib/validations/interview";
import { growPool, refillPoolInBackground } from "./grow-pool";
import { pickQuestions, seededRandom, type Candidate } from "./pick";
import { dropPool, questionPool, type PoolRequest } from "./question-pool";
import { canonicalRole, roleTiers } from "./role-match";
import { storeQuestions } from "./store-questions";

const SEEN_WINDOW = 500;
// A pool with fewer well-fitting questions than this many sessions' worth is refilled.
const POOL_DEPTH_SESSIONS = 2;
// Roughly what a fast hosted model needs per question (~150 output tokens) plus its latency.
const MS_PER_GENERATED_QUESTION = 700;

/** The questions this user was asked most recently (fresh ones are preferred). */
export async function seenQuestionIds(userId: number): Promise<Set<number>> {
  const rows = await db.sessionQuestion.findMany({
    where: { session: { userId } },
    select: { questionId: true },
    orderBy: { id: "desc" },
    take: SEEN_WINDOW,
  });
  return new Set(rows.map((r) => r.questionId));
}

const merge = (pool: Candidate[], added: Candidate[]) => {
  const known = new Set(pool.map((q) => q.id));
  return [...pool, ...added.filter((q) => !known.has(q.id))];
};

/**
 * Picks the questions of a new session: L1 cache → database → LLM providers → built-in bank.
 * The cached pool is shared; the pick is per user (fresh before seen, the role's own first,
 * evenly over the categories). When the pool lacks enough fresh questions of the role's own
 * at the requested level, the providers are asked for the difference within
 * AI_QUESTION_BUDGET_MS (property 8); a thin pool is refilled in the background.
 */
export function selectQuestions(
  userId: number,
  input: CreateInterviewInput,
  seed: number = Math.floor(Math.random() * 2 ** 31),
): Promise<Question[]> {
  return ensureRequestContext("select", async () => {
    const request: PoolRequest = {
      role: canonicalRole(input.role),
      difficulty: input.difficulty,
      count: input.question_count,
      categories: input.categories,
    };
    const [seen, cached] = await Promise.all([seenQuestionIds(userId), questionPool(request)]);
    const picked = await pickFromPool(request, cached, seen, seed);
    const rows = await activeQuestions(picked);
    if (rows.length === picked.length) return rows;
    // The cached pool predates a bank change that retired some of its questions: reload it once.
    await dropPool(request);
    return activeQuestions(await pickFromPool(request, await questionPool(request), seen, seed));
  });
}

async function pickFromPool(
  request: PoolRequest,
  cached: Candidate[],
  seen: ReadonlySet<number>,
  seed: number,
): Promise<Candidate[]> {
  const tiers = roleTiers(request.role);
  const own = new Set(tiers[0].map((r) => r.toLowerCase()));
  const pick = (pool: Candidate[]) =>
    pickQuestions(pool, { ...request, roleTiers: tiers, seen, random: seededRandom(seed) });
  const fits = (q: Candidate) =>
    q.difficulty === request.difficulty && own.has(q.role.toLowerCase());

  let pool = cached;
  let picked = pick(pool);
  if (hasLlmProviders()) {
    const shortfall = request.count - picked.filter((q) => fits(q) && !seen.has(q.id)).length;
    if (shortfall > 0) {
      // Ask only for what a model can write within the budget; the refill brings the rest.
      const budgetMs = env().AI_QUESTION_BUDGET_MS;
      const fitsInBudget = Math.max(1, Math.floor(budgetMs / MS_PER_GENERATED_QUESTION));
      const added = await growPool(request, Math.min(shortfall, fitsInBudget), budgetMs);
      pool = merge(pool, added);
      picked = pick(pool);
    }
    if (pool.filter(fits).length < POOL_DEPTH_SESSIONS * request.count) {
      refillPoolInBackground(request, request.count);
    }
  }
  if (picked.length < request.count) picked = pick(merge(pool, await fromBank(request)));
  return picked;
}

/** The picked questions in pick order, leaving out any the bank has retired since. */
async function activeQuestions(picked: readonly Candidate[]): Promise<Question[]> {
  const rows = await db.question.findMany({
    where: { id: { in: picked.map((p) => p.id) }, retiredAt: null },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return picked.map((p) => byId.get(p.id)).filter((q): q is Question => q !== undefined);
}

/** Last resort when the database cannot fill a session: the built-in bank, stored for reuse. */
async function fromBank(r: PoolRequest): Promise<Candidate[]> {
  const started = performance.now();
  const drafts = await builtinProvider.generateQuestions({ ...r, seed: 1 });
  await recordBuiltinUsage(0, performance.now() - started);
  return storeQuestions(drafts, "bank");
}
