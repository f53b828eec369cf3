import { analyse, type Token } from "@/lib/ai/offline/nlp/analyse";
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

const NOUNISH = new Set(["NOUN", "PROPN"]);
const PHRASE = new Set(["NOUN", "PROPN", "ADJ", "NUM", "X"]);
const MAX_TOPIC_WORDS = 5;

/** "Repeatable" at the start of a point is sentence case, "TTL" or "PostgreSQL" is a name. */
const sentenceCase = (word: string) => /^\p{Lu}[\p{Ll}\p{N}+-]*$/u.test(word);

/**
 * What a point is about, as a short noun phrase: its subject ("Repeatable read prevents …" →
 * "repeatable read"), else its first noun phrase ("It is fixed with eager loading …" → "eager
 * loading"). The follow-up names the topic, never the point itself: quoting the statement would
 * hand over the answer it is scored against. Null when nothing nominal is found.
 */
export function followUpTopic(point: string): string | null {
  const tokens = analyse(point).tokens.filter((t) => t.kind !== "space");
  const end = tokens.findIndex((t) => t.kind === "punct" && /^[;,.:()!?]$/.test(t.text));
  const clause = end === -1 ? tokens : tokens.slice(0, end);
  const isVerb = (t: Token | undefined) => t?.pos === "VERB" || t?.pos === "AUX";
  let v = clause.findIndex(isVerb);
  // A tagger reading "Repeatable read prevents" as two verbs: the first belongs to the subject.
  if (v >= 0 && clause[v]?.pos === "VERB" && clause[v + 1]?.pos === "VERB") v += 1;
  const phraseOf = (run: Token[]) => {
    const words = run.filter((t) => t.kind !== "punct");
    if (words.length === 0 || words.length > MAX_TOPIC_WORDS) return null;
    if (!words.some((t) => NOUNISH.has(t.pos) || t.pos === "VERB")) return null;
    const text = point.slice(words[0]!.start, words[words.length - 1]!.end);
    return words[0]!.start === tokens[0]?.start && sentenceCase(words[0]!.text)
      ? text.charAt(0).toLowerCase() + text.slice(1)
      : text;
  };
  if (v > 0) {
    const subject = clause.slice(0, v);
    const stop = subject.findIndex((t) => ["ADP", "CCONJ", "SCONJ", "PART"].includes(t.pos));
    const head = (stop === -1 ? subject : subject.slice(0, stop)).filter(
      (t, i) => !(i === 0 && t.pos === "DET"),
    );
    if (!head.some((t) => t.pos === "PRON")) {
      const phrase = phraseOf(head);
      if (phrase) return phrase;
    }
  }
  // The first noun phrase of the point.
  for (let i = 0; i < tokens.length; i++) {
    if (!PHRASE.has(tokens[i]!.pos)) continue;
    let j = i;
    while (j < tokens.length && PHRASE.has(tokens[j]!.pos)) j++;
    const run = tokens.slice(i, j);
    if (run.some((t) => NOUNISH.has(t.pos))) return phraseOf(run.slice(0, MAX_TOPIC_WORDS));
    i = j;
  }
  return null;
}

/**
 * The follow-up question built from the focus alone (no provider): it names what is probed and
 * asks for substance (mechanism, consequence, example) rather than the term.
 */
export function offlineFollowUpPrompt(focus: FollowUpFocus, category: QuestionCategory): string {
  const topic = followUpTopic(focus.point);
  const behavioural = category === "Behavioral";
  if (topic === null) {
    return `Your answer left out part of what this question expects (point ${focus.pointIndex + 1}). What else would you cover? Explain the reasoning and give a concrete example.`;
  }
  if (focus.kind === "example") {
    return behavioural
      ? `You mentioned ${topic}. Give one specific example: the situation, what you did yourself, and the measurable result.`
      : `You mentioned ${topic}. Make it concrete: describe a real example (a system, an incident, a design decision) where it mattered, what you did and what happened.`;
  }
  return behavioural
    ? `Tell me more about ${topic}: your answer did not get to it. Describe a specific time it mattered, what you did, and how it turned out.`
    : `What about ${topic}? Your answer did not get to it: explain how it works here, why it matters for this question, and give a concrete example.`;
}
