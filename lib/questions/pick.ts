import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";
import { DIFFICULTIES } from "@/lib/validations/enums";

export interface Candidate {
  id: number;
  category: QuestionCategory;
  difficulty: Difficulty;
  role: string;
}

export interface PickRequest {
  categories: QuestionCategory[];
  difficulty: Difficulty;
  count: number;
  /** Preferred roles: tier 0 (the role itself), tier 1 (related roles); others rank below. */
  roleTiers: [string[], string[]];
  /** Questions this user has already been asked: used only when nothing fresh remains. */
  seen: ReadonlySet<number>;
  random: () => number;
}

/** Deterministic PRNG (mulberry32) so a seed reproduces a selection. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Chooses `count` distinct questions, spreading them evenly over the requested categories.
 * Preference within a category: not seen before, then the smallest distance, where a related
 * role or a neighbouring difficulty each cost 1 and an unrelated role 3 (so a Product Manager is
 * not handed engineering questions while PM questions of a nearby level exist), then random.
 * Returns fewer only when the pool is too small.
 */
export function pickQuestions<C extends Candidate>(pool: readonly C[], req: PickRequest): C[] {
  const target = DIFFICULTIES.indexOf(req.difficulty);
  const tierOf = (role: string) => {
    const lower = role.toLowerCase();
    const tier = req.roleTiers.findIndex((t) => t.some((r) => r.toLowerCase() === lower));
    return tier === -1 ? 3 : tier;
  };
  const keyed = pool
    .filter((q) => req.categories.includes(q.category))
    .map((q) => ({
      q,
      key: [
        req.seen.has(q.id) ? 1 : 0,
        tierOf(q.role) + Math.abs(DIFFICULTIES.indexOf(q.difficulty) - target),
        req.random(),
      ],
    }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    });

  const queues = new Map(req.categories.map((c) => [c, keyed.filter((k) => k.q.category === c)]));
  const picked: C[] = [];
  const used = new Set<number>();
  // Round-robin over categories, starting at a random one so sessions don't all open alike.
  const order = [...req.categories];
  const start = Math.floor(req.random() * order.length);
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  while (picked.length < req.count) {
    let progressed = false;
    for (const category of rotated) {
      if (picked.length >= req.count) break;
      const queue = queues.get(category) ?? [];
      let next = queue.shift();
      while (next && used.has(next.q.id)) next = queue.shift();
      if (!next) continue;
      used.add(next.q.id);
      picked.push(next.q);
      progressed = true;
    }
    if (!progressed) break;
  }
  return picked;
}
