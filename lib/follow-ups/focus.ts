import type { QuestionCategory } from "@/lib/validations/enums";

export type FollowUpKind = "missed_point" | "example";

export interface FollowUpFocus {
  kind: FollowUpKind;
  /** Index of the probed point in the question's expected points. */
  pointIndex: number;
  point: string;
}

/** One expected point's outcome in the evaluated attempt (its evidence). */
export interface PointOutcome {
  point: string;
  covered: boolean;
  score: number;
}

/**
 * What the follow-up probes (pure): the weakest missed expected point (lowest coverage, first on
 * a tie); when every point was covered, a concrete example of the most thinly covered one. Null
 * when the question has no expected points to probe.
 */
export function chooseFollowUpFocus(
  points: readonly string[],
  evidence: readonly PointOutcome[],
): FollowUpFocus | null {
  if (points.length === 0) return null;
  // Evidence follows the points' order; match by text in case the checklist was edited since.
  const outcomes = points.map((point, i) => {
    const e = evidence.find((x) => x.point === point) ?? evidence[i];
    return { point, index: i, covered: e?.covered ?? false, score: e?.score ?? 0 };
  });
  const weakest = (list: typeof outcomes) =>
    list.reduce((a, b) => (b.score < a.score ? b : a), list[0]!);
  const missed = outcomes.filter((o) => !o.covered);
  const pick = missed.length > 0 ? weakest(missed) : weakest(outcomes);
  return {
    kind: missed.length > 0 ? "missed_point" : "example",
    pointIndex: pick.index,
    point: pick.point,
  };
}

const asClause = (point: string) => point.trim().replace(/[.;:!?]+$/, "");

/**
 * The follow-up question built from the focus alone (no provider): it names the point, so the
 * candidate knows what is asked, and asks for substance (mechanism, example) rather than the term.
 */
export function offlineFollowUpPrompt(focus: FollowUpFocus, category: QuestionCategory): string {
  const point = asClause(focus.point);
  const behavioural = category === "Behavioral";
  if (focus.kind === "example") {
    return behavioural
      ? `You touched on this: "${point}". Give one concrete example: the situation, what you did yourself, and the measurable result.`
      : `Make this concrete: "${point}". Describe a real example (a system, a bug, a design) where it mattered, what you did and what happened.`;
  }
  return behavioural
    ? `Your answer did not cover this: "${point}". Tell me about a specific time it applied: what you did and how it turned out.`
    : `Your answer did not cover this point: "${point}". Explain it: how it works, when it matters, and an example of it in practice.`;
}
