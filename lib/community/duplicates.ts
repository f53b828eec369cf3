import { featureExtractor, isNearDuplicate, similarity } from "@/lib/questions/bank/audit";
import { questionBank } from "@/lib/questions/bank/load";

export interface DuplicateCandidate {
  kind: "community" | "bank";
  id: number | string;
  text: string;
  points?: string[];
}

export interface DuplicateMatch {
  kind: DuplicateCandidate["kind"];
  id: number | string;
  text: string;
  text_similarity: number;
  content_similarity: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The candidates a new submission is a near-duplicate of, most similar first, by the question
 * bank's own rule (shingle Jaccard or TF-IDF cosine, lib/questions/bank/audit.ts). Community
 * submissions carry no expected points, so both sides are compared on their text.
 */
export function findNearDuplicates(
  text: string,
  candidates: readonly DuplicateCandidate[],
  limit = 5,
): DuplicateMatch[] {
  if (candidates.length === 0) return [];
  const asQuestion = (t: string) => ({ text: t, points: [] as string[] });
  const features = featureExtractor([
    ...candidates.map((c) => asQuestion(c.text)),
    asQuestion(text),
  ]);
  const mine = features(asQuestion(text));
  return candidates
    .map((c) => ({ c, s: similarity(mine, features(asQuestion(c.text))) }))
    .filter(({ s }) => isNearDuplicate(s))
    .sort((a, b) => Math.max(b.s.text, b.s.content) - Math.max(a.s.text, a.s.content))
    .slice(0, limit)
    .map(({ c, s }) => ({
      kind: c.kind,
      id: c.id,
      text: c.text,
      text_similarity: round(s.text),
      content_similarity: round(s.content),
    }));
}

/** Bank questions of a role (case-insensitive), as duplicate candidates with their points. */
export function bankCandidates(role: string): DuplicateCandidate[] {
  const wanted = role.trim().toLowerCase();
  return questionBank()
    .questions.filter((q) => q.role.toLowerCase() === wanted)
    .map((q) => ({ kind: "bank" as const, id: q.key, text: q.text, points: q.points }));
}

/** The most similar bank question of any role: its points are the moderator's starting point. */
export function closestBankQuestion(text: string) {
  const all = questionBank().questions;
  const features = featureExtractor(all);
  const mine = features({ text, points: [] });
  let best: { key: string; text: string; points: string[]; score: number } | null = null;
  for (const q of all) {
    const s = similarity(mine, features({ text: q.text, points: [] }));
    const score = Math.max(s.text, s.content);
    if (!best || score > best.score) best = { key: q.key, text: q.text, points: q.points, score };
  }
  return best;
}
