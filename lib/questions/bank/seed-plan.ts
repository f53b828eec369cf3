import { questionFingerprint } from "../fingerprint";
import { contentHash } from "./content-hash";
import type { BankQuestion } from "./schema";

/** A `questions` row that seeding may touch: a bank row, or any row holding a bank text. */
export interface ExistingRow {
  id: number;
  bankKey: string | null;
  contentHash: string | null;
  fingerprint: string;
  source: string;
  retired: boolean;
}

/** A bank question as seeding writes it. */
export interface SeedRow {
  key: string;
  role: string;
  category: string;
  difficulty: string;
  text: string;
  points: string[];
  timeLimitSeconds: number;
  skills: string[];
  modelAnswer: string | null;
  modelAnswerCovers: number[];
  fingerprint: string;
  contentHash: string;
}

export interface SeedPlan {
  insert: SeedRow[];
  update: { id: number; row: SeedRow }[];
  /** Rows whose key moves to another row (an edit whose new text another row already has). */
  release: number[];
  retire: number[];
  unchanged: number;
}

export function toSeedRow(q: BankQuestion): SeedRow {
  return {
    key: q.key,
    role: q.role,
    category: q.category,
    difficulty: q.difficulty,
    text: q.text,
    points: q.points,
    timeLimitSeconds: q.timeLimitSeconds,
    skills: q.skills,
    modelAnswer: q.modelAnswer ?? null,
    modelAnswerCovers: q.modelAnswerCovers ?? [],
    fingerprint: questionFingerprint(q.role, q.text),
    contentHash: contentHash(q),
  };
}

/**
 * What seeding must do to make the table match the bank. A question's row is the one holding its
 * key; when none does, the row already holding its text (an older unkeyed bank row, or the same
 * question generated earlier) is adopted rather than duplicated. Rows of the bank that no
 * question claims are retired, never deleted: answers may point at them.
 */
export function planSeed(rows: readonly SeedRow[], existing: readonly ExistingRow[]): SeedPlan {
  const byKey = new Map(existing.flatMap((r) => (r.bankKey ? [[r.bankKey, r] as const] : [])));
  const byFingerprint = new Map(existing.map((r) => [r.fingerprint, r]));
  const claimed = new Set<number>();
  const plan: SeedPlan = { insert: [], update: [], release: [], retire: [], unchanged: 0 };

  for (const row of rows) {
    const free = (r: ExistingRow | undefined) => (r && !claimed.has(r.id) ? r : undefined);
    const keyed = free(byKey.get(row.key));
    const sameText = free(byFingerprint.get(row.fingerprint));
    const target = sameText ?? keyed;
    if (!target) {
      plan.insert.push(row);
      continue;
    }
    claimed.add(target.id);
    if (keyed && keyed.id !== target.id) plan.release.push(keyed.id);
    const current =
      target.bankKey === row.key &&
      target.contentHash === row.contentHash &&
      target.fingerprint === row.fingerprint &&
      target.source === "bank" &&
      !target.retired;
    if (current) plan.unchanged++;
    else plan.update.push({ id: target.id, row });
  }

  for (const r of existing) {
    if (claimed.has(r.id) || r.retired) continue;
    if (r.bankKey !== null || r.source === "bank") plan.retire.push(r.id);
  }
  return plan;
}
