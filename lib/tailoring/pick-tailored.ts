import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";
import { DIFFICULTIES } from "@/lib/validations/enums";

export interface TaggedCandidate {
  id: number;
  category: QuestionCategory;
  difficulty: Difficulty;
  role: string;
  /** Bank skill tags (lowercase, canonical). */
  skills: readonly string[];
}

export interface WeightedTarget {
  id: string;
  /** The bank tags that name this skill. */
  tags: ReadonlySet<string>;
  weight: number;
}

export interface TailoredPickRequest {
  categories: readonly QuestionCategory[];
  difficulty: Difficulty;
  count: number;
  /** Roles close to the session's (tier 0 its own, tier 1 related): preferred, not required. */
  roleTiers: readonly [readonly string[], readonly string[]];
  seen: ReadonlySet<number>;
  random: () => number;
  /** At most this many questions of a category (absent: no limit per category). */
  quota?: ReadonlyMap<QuestionCategory, number>;
}

/**
 * The session's questions per category: an even split, the remainder going to categories in a
 * random order (so a tagged-question-rich category cannot crowd out the others).
 */
export function categoryQuotas(
  count: number,
  categories: readonly QuestionCategory[],
  random: () => number,
): Map<QuestionCategory, number> {
  const base = Math.floor(count / Math.max(1, categories.length));
  let extra = count - base * categories.length;
  const start = categories.length > 0 ? Math.floor(random() * categories.length) : 0;
  const order = [...categories.slice(start), ...categories.slice(0, start)];
  return new Map(order.map((c) => [c, base + (extra-- > 0 ? 1 : 0)]));
}

export interface TailoredPick<C> {
  question: C;
  /** Target skill ids this question works on. */
  targets: string[];
}

// Covering a target a second time is worth a quarter of covering it first.
const REPEAT_VALUE = 0.25;
const SEEN_PENALTY = 1;
const LEVEL_PENALTY = 0.3;
const ROLE_PENALTY = 0.15;

/**
 * Picks up to `count` distinct questions that work on the targets: each turn (round robin over
 * the categories) takes the question adding the most not-yet-covered target weight, less a
 * little for another difficulty, another role or a question already seen, never past a category's
 * quota. Only questions tagged
 * with at least one target take part; fewer come back when the bank has too few (the caller
 * fills the rest from the role's pool).
 */
export function pickTailored<C extends TaggedCandidate>(
  pool: readonly C[],
  targets: readonly WeightedTarget[],
  req: TailoredPickRequest,
): TailoredPick<C>[] {
  const level = DIFFICULTIES.indexOf(req.difficulty);
  const tierOf = (role: string) => {
    const lower = role.toLowerCase();
    const tier = req.roleTiers.findIndex((t) => t.some((r) => r.toLowerCase() === lower));
    return tier === -1 ? 2 : tier;
  };
  const eligible = pool
    .filter((q) => req.categories.includes(q.category))
    .map((q) => ({
      q,
      hits: targets.filter((t) => q.skills.some((s) => t.tags.has(s))),
      penalty:
        (req.seen.has(q.id) ? SEEN_PENALTY : 0) +
        LEVEL_PENALTY * Math.abs(DIFFICULTIES.indexOf(q.difficulty) - level) +
        ROLE_PENALTY * tierOf(q.role),
      jitter: req.random() * 0.01,
    }))
    .filter((c) => c.hits.length > 0);

  const covered = new Map<string, number>();
  const used = new Set<number>();
  const taken = new Map<QuestionCategory, number>();
  const picked: TailoredPick<C>[] = [];
  const order = [...req.categories];
  const start = order.length > 0 ? Math.floor(req.random() * order.length) : 0;
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  const value = (c: (typeof eligible)[number]) =>
    c.hits.reduce((sum, t) => sum + t.weight * (covered.has(t.id) ? REPEAT_VALUE : 1), 0) -
    c.penalty +
    c.jitter;

  while (picked.length < req.count) {
    let progressed = false;
    for (const category of rotated) {
      if (picked.length >= req.count) break;
      if ((taken.get(category) ?? 0) >= (req.quota?.get(category) ?? Infinity)) continue;
      let best: (typeof eligible)[number] | undefined;
      let bestValue = -Infinity;
      for (const c of eligible) {
        if (c.q.category !== category || used.has(c.q.id)) continue;
        const v = value(c);
        if (v > bestValue) {
          best = c;
          bestValue = v;
        }
      }
      if (!best) continue;
      used.add(best.q.id);
      taken.set(category, (taken.get(category) ?? 0) + 1);
      for (const t of best.hits) covered.set(t.id, (covered.get(t.id) ?? 0) + 1);
      picked.push({ question: best.q, targets: best.hits.map((t) => t.id) });
      progressed = true;
    }
    if (!progressed) break;
  }
  return picked;
}
