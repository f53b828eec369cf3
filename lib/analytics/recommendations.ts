import type { Difficulty, QuestionCategory } from "@/lib/db/generated/enums";
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES } from "@/lib/validations/enums";
import { CRITERIA, type CriteriaByKey, type CriterionKey } from "@/lib/evaluations/criteria";
import type { CategoryStat, HistorySession } from "./types";

/** A concrete next session: what to practise and why, startable in one click. */
export interface Recommendation {
  id: string;
  kind: "first_session" | "focus_weakest" | "level_up" | "criterion" | "explore" | "challenge";
  title: string;
  reason: string;
  session: {
    role: string;
    difficulty: Difficulty;
    categories: QuestionCategory[];
    question_count: number;
  };
}

const RECOMMENDED_QUESTION_COUNT = 5;
const MAX_RECOMMENDATIONS = 3;
const DEFAULT_ROLE = "Software Engineer";
/** Below this a category is a focus area; below WEAK_STEP_DOWN the next session is one level easier. */
const FOCUS_BELOW = 70;
const WEAK_STEP_DOWN = 50;
/** At or above this a category is ready for the next difficulty. */
const LEVEL_UP_AT = 80;

const CRITERION_TIP: Record<CriterionKey, string> = {
  content_quality: "cover every expected point — the summary's checklist shows the ones you missed",
  clarity: "lead with your answer, then the reasons, then one concrete example",
  confidence: "state your answer directly and own your decisions instead of hedging",
  technical_accuracy: "name the exact concepts and trade-offs, and check the facts you quote",
};

export function stepDifficulty(d: Difficulty, by: number): Difficulty {
  const i = DIFFICULTIES.indexOf(d);
  return DIFFICULTIES[Math.min(DIFFICULTIES.length - 1, Math.max(0, i + by))]!;
}

/**
 * Next sessions derived from the figures, at most three, in this order:
 * 1. the weakest category (average < 70), at its last difficulty, one level easier below 50;
 * 2. the strongest other category averaging ≥ 80, one level harder (unless already Expert);
 * 3. the weakest criterion (< 70) with a tip, on the category that trains it
 *    (clarity, confidence → Behavioral; technical accuracy → Technical; content → the weakest category);
 * 4. a category never practised, at the last session's difficulty;
 * 5. otherwise a harder mixed session of the practised categories.
 * A new user gets one first session. The role is the profile's target role, else the last session's.
 */
export function recommend(input: {
  categories: CategoryStat[];
  criteria: CriteriaByKey | null;
  sessions: HistorySession[];
  targetRole: string | null;
}): Recommendation[] {
  const latest = input.sessions[input.sessions.length - 1];
  const role = input.targetRole ?? latest?.role ?? DEFAULT_ROLE;
  const session = (difficulty: Difficulty, categories: QuestionCategory[]) => ({
    role,
    difficulty,
    categories,
    question_count: RECOMMENDED_QUESTION_COUNT,
  });
  if (!latest) {
    return [
      {
        id: "first_session",
        kind: "first_session",
        title: "Your first interview",
        reason: "A Medium session mixing technical and behavioral questions shows where you stand.",
        session: session("Medium", ["Technical", "Behavioral"]),
      },
    ];
  }
  const base = latest.difficulty;
  const out: Recommendation[] = [];
  const push = (r: Omit<Recommendation, "id">) => {
    const id = `${r.kind}:${r.session.difficulty}:${[...r.session.categories].sort().join("+")}`;
    const same = (x: Recommendation) =>
      x.session.difficulty === r.session.difficulty &&
      [...x.session.categories].sort().join() === [...r.session.categories].sort().join();
    if (!out.some(same)) out.push({ id, ...r });
  };

  const byAverage = [...input.categories].sort((a, b) => a.average_score - b.average_score);
  const weakest = byAverage[0];
  if (weakest && weakest.average_score < FOCUS_BELOW) {
    const easier = weakest.average_score < WEAK_STEP_DOWN && weakest.last_difficulty !== "Easy";
    const difficulty = easier
      ? stepDifficulty(weakest.last_difficulty, -1)
      : weakest.last_difficulty;
    push({
      kind: "focus_weakest",
      title: `Practise ${weakest.label.toLowerCase()} questions`,
      reason:
        `Your weakest category: ${weakest.average_score}/100 over ${weakest.questions} question${weakest.questions === 1 ? "" : "s"}` +
        (easier
          ? `. One level easier (${difficulty}) to rebuild the basics.`
          : ` at ${difficulty}.`),
      session: session(difficulty, [weakest.category]),
    });
  }

  const strongest = [...input.categories]
    .filter((c) => c.category !== weakest?.category || weakest.average_score >= FOCUS_BELOW)
    .sort((a, b) => b.average_score - a.average_score)[0];
  if (
    strongest &&
    strongest.average_score >= LEVEL_UP_AT &&
    strongest.last_difficulty !== "Expert"
  ) {
    const next = stepDifficulty(strongest.last_difficulty, 1);
    push({
      kind: "level_up",
      title: `Level up: ${strongest.label.toLowerCase()} at ${next}`,
      reason: `You average ${strongest.average_score}/100 in ${strongest.label.toLowerCase()} at ${strongest.last_difficulty}; try ${next}.`,
      session: session(next, [strongest.category]),
    });
  }

  if (input.criteria) {
    const criteria = input.criteria;
    const weakestCriterion = [...CRITERIA].sort((a, b) => criteria[a.key] - criteria[b.key])[0]!;
    const worst = weakestCriterion.key;
    const name = weakestCriterion.label.toLowerCase();
    if (criteria[worst] < FOCUS_BELOW) {
      const category: QuestionCategory =
        worst === "clarity" || worst === "confidence"
          ? "Behavioral"
          : worst === "technical_accuracy"
            ? "Technical"
            : (weakest?.category ?? "Technical");
      push({
        kind: "criterion",
        title: `Work on ${name}`,
        reason: `Your ${name} averages ${criteria[worst]}/100: ${CRITERION_TIP[worst]}.`,
        session: session(base, [category]),
      });
    }
  }

  const practised = new Set(input.categories.map((c) => c.category));
  const unexplored = CATEGORIES.find((c) => !practised.has(c));
  if (unexplored) {
    push({
      kind: "explore",
      title: `Try ${CATEGORY_LABELS[unexplored].toLowerCase()} questions`,
      reason: "You have not practised this category yet.",
      session: session(base, [unexplored]),
    });
  }

  if (out.length === 0 && input.categories.length > 0) {
    const next = stepDifficulty(base, 1);
    push({
      kind: "challenge",
      title: next === base ? `Stay sharp at ${base}` : `Raise the bar: ${next}`,
      reason: `You score ${FOCUS_BELOW}+ in every category you practise.`,
      session: session(
        next,
        input.categories.map((c) => c.category),
      ),
    });
  }
  return out.slice(0, MAX_RECOMMENDATIONS);
}
