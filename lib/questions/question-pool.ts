import { cache } from "@/lib/cache";
import { QUESTIONS_PREFIX, questionsKey, questionsRolePrefix } from "@/lib/cache/keys";
import { cachedSet, readThrough } from "@/lib/cache/layers";
import { db } from "@/lib/db/client";
import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";
import type { Candidate } from "./pick";
import { canonicalRole, roleTiers } from "./role-match";

/** What a session asks for; `role` is canonical (see canonicalRole). */
export interface PoolRequest {
  role: string;
  difficulty: Difficulty;
  count: number;
  categories: QuestionCategory[];
}

export const poolKey = (r: PoolRequest): string =>
  questionsKey(r.role, r.difficulty, r.count, r.categories);

export const candidateSelect = { id: true, category: true, difficulty: true, role: true } as const;

/** Questions of a role and its related roles (in some categories, or all). */
function roleCandidates(role: string, categories?: QuestionCategory[]): Promise<Candidate[]> {
  const [tier0, tier1] = roleTiers(role);
  return db.question.findMany({
    where: {
      role: { in: [...tier0, ...tier1] },
      retiredAt: null,
      // Questions written for one candidate (tailored sessions) are never shared.
      ownerUserId: null,
      ...(categories ? { category: { in: categories } } : {}),
    },
    select: candidateSelect,
  });
}

/** A request's pool out of its role's candidates; null when they cannot fill the session. */
function poolOf(candidates: readonly Candidate[], r: PoolRequest): Candidate[] | null {
  const pool = candidates.filter((q) => r.categories.includes(q.category));
  return pool.length >= r.count ? pool : null;
}

/**
 * The database's candidates for a request: questions of the role and its related roles in the
 * requested categories (every difficulty: neighbours stand in when a level runs short), or of
 * any role when those are too few to fill the session. Null when there are none at all.
 */
async function loadPool(
  r: PoolRequest,
  roleWide?: readonly Candidate[],
): Promise<Candidate[] | null> {
  const own = poolOf(roleWide ?? (await roleCandidates(r.role, r.categories)), r);
  const pool =
    own ??
    (await db.question.findMany({
      where: { category: { in: r.categories }, retiredAt: null, ownerUserId: null },
      select: candidateSelect,
    }));
  return pool.length > 0 ? pool : null;
}

/**
 * L1: the candidate pool of a request, 30 days under `questions:{role}:{difficulty}:{count}:
 * {category_hash}`, from the database on a miss. Selection for a user happens afterwards, per
 * request, so one cached pool serves everyone asking the same.
 */
export async function questionPool(r: PoolRequest): Promise<Candidate[]> {
  return (await readThrough("L1_Questions", poolKey(r), () => loadPool(r))) ?? [];
}

/** Adds newly stored questions to the cached pool of the request that produced them. */
export async function addToPool(r: PoolRequest, added: readonly Candidate[]): Promise<Candidate[]> {
  const raw = await cache().get(poolKey(r));
  const current: Candidate[] = raw ? (JSON.parse(raw) as Candidate[]) : ((await loadPool(r)) ?? []);
  const known = new Set(current.map((q) => q.id));
  const merged = [...current, ...added.filter((q) => !known.has(q.id))];
  await cachedSet("L1_Questions", poolKey(r), merged);
  return merged;
}

/**
 * Writes the pools of requests into L1 without counting lookups (cache warming): those not
 * cached yet, from one query per role.
 */
export async function warmPools(
  requests: readonly PoolRequest[],
): Promise<{ loaded: number; cached: number; empty: number }> {
  const totals = { loaded: 0, cached: 0, empty: 0 };
  const byRole = new Map<string, PoolRequest[]>();
  for (const r of requests) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  for (const [role, list] of byRole) {
    const missing: PoolRequest[] = [];
    for (const r of list) {
      if ((await cache().ttl(poolKey(r))) > 0) totals.cached++;
      else missing.push(r);
    }
    if (missing.length === 0) continue;
    const candidates = await roleCandidates(role);
    for (const r of missing) {
      const pool = await loadPool(r, candidates);
      if (!pool) totals.empty++;
      else {
        await cachedSet("L1_Questions", poolKey(r), pool);
        totals.loaded++;
      }
    }
  }
  return totals;
}

/** Drops one request's cached pool (it held a question that has been retired since). */
export async function dropPool(r: PoolRequest): Promise<void> {
  await cache().del(poolKey(r));
}

/** Drops every cached pool (the question bank changed: pools may hold retired questions). */
export async function invalidateAllQuestionPools(): Promise<number> {
  return cache().delPrefix(QUESTIONS_PREFIX);
}

/** Drops every cached pool of a role (its target-role users moved on, spec invalidation). */
export async function invalidateRolePools(role: string): Promise<number> {
  return cache().delPrefix(questionsRolePrefix(canonicalRole(role)));
}
