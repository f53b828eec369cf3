import type { StarBreakdown } from "@/lib/ai/types";
import type { Analysis } from "@/lib/ai/offline/nlp/analyse";
import {
  REFLECTION_CUE,
  REFLECTION_POINT,
  STAR_CUES,
  STAR_POINT_HINTS,
  type StarRole,
} from "./lexicon";

export const STAR_ROLES: readonly StarRole[] = ["situation", "task", "action", "result"];

/** The STAR part a rubric point asks for ("Describes the situation …" → situation), if any. */
export function starRoleOfPoint(point: string): StarRole | null {
  return STAR_ROLES.find((r) => STAR_POINT_HINTS[r].test(point)) ?? null;
}

/** Where each STAR part was found: its span (sentence-aligned) and the analysed text there. */
export interface StarEvidence {
  role: StarRole;
  start: number;
  end: number;
  text: string;
}

function cueScore(sentence: string, role: StarRole): number {
  return STAR_CUES[role].reduce((n, re) => n + (re.test(sentence) ? 1 : 0), 0);
}

/**
 * Labels each sentence with the STAR part its cues point to. Ties are broken by position
 * (stories run situation → task → action → result), and a first-person sentence between
 * action sentences counts as action too.
 */
export function labelSentences(answer: Analysis): Array<StarRole | null> {
  const n = answer.sentences.length;
  const texts = answer.sentences.map((s) => answer.text.slice(s.start, s.end));
  const labels: Array<StarRole | null> = texts.map((text, i) => {
    const rel = n > 1 ? i / (n - 1) : 0.5;
    let best: StarRole | null = null;
    let bestScore = 0;
    STAR_ROLES.forEach((role, r) => {
      const cues = cueScore(text, role);
      if (cues === 0) return;
      // Position prior: at most half a cue, so it only decides between roles that both have cues.
      const score = cues + 0.5 * (1 - Math.abs(rel - r / 3));
      if (score > bestScore) {
        bestScore = score;
        best = role;
      }
    });
    return best;
  });
  labels.forEach((label, i) => {
    if (label !== null) return;
    const before = labels.slice(0, i).lastIndexOf("action");
    const after = labels.indexOf("action", i + 1);
    if (before >= 0 && after >= 0 && /\b(?:i|we)\b/i.test(texts[i]!)) labels[i] = "action";
  });
  return labels;
}

/** The sentences of each STAR part: a contiguous run is quoted whole, otherwise its first sentence. */
export function detectStar(answer: Analysis): {
  breakdown: StarBreakdown;
  evidence: StarEvidence[];
} {
  const labels = labelSentences(answer);
  const breakdown: StarBreakdown = { situation: null, task: null, action: null, result: null };
  const evidence: StarEvidence[] = [];
  for (const role of STAR_ROLES) {
    const first = labels.indexOf(role);
    if (first < 0) continue;
    let last = first;
    while (labels[last + 1] === role) last++;
    const start = answer.sentences[first]!.start;
    const end = answer.sentences[last]!.end;
    const text = answer.text.slice(start, end);
    breakdown[role] = text;
    evidence.push({ role, start, end, text });
  }
  return { breakdown, evidence };
}

/** The rubric point asks the candidate to look back (what they learned, would do differently). */
export function isReflectionPoint(point: string): boolean {
  return REFLECTION_POINT.test(point);
}

/** The text looks back: a lesson, hindsight, a counterfactual ("I'd …", "should have …"). */
export function looksBack(text: string): boolean {
  return REFLECTION_CUE.test(text);
}

/** The last sentence that looks back (stories close with their lessons), or null. */
export function reflectionSentence(answer: Analysis): { start: number; end: number } | null {
  for (let i = answer.sentences.length - 1; i >= 0; i--) {
    const s = answer.sentences[i]!;
    if (looksBack(answer.text.slice(s.start, s.end))) return { start: s.start, end: s.end };
  }
  return null;
}
