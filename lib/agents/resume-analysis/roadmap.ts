import type { JobMatchReport } from "@/lib/validations/job-description";
import type { RoadmapPhase } from "@/lib/validations/agents";

export interface RoadmapInput {
  report: JobMatchReport;
  /** What the plan is for ("Backend Engineer", "Senior Data Engineer at Acme"). */
  targetLabel: string;
  /** Bank questions that practise each skill id. */
  practice: ReadonlyMap<string, number>;
  /** The candidate's skills, weakest evidence first is not required. */
  ownSkills: ReadonlyArray<{ id: string; name: string; confidence: number }>;
  /** Skills the LLM asked to put first (ids or names), if any. */
  focus?: readonly string[];
}

const MAX_PER_PHASE = 4;
type Ref = { id: string; name: string };

const practiseLine = (skill: Ref, practice: ReadonlyMap<string, number>) => {
  const n = practice.get(skill.id) ?? 0;
  return n > 0
    ? `Answer the ${n} practice question${n === 1 ? "" : "s"} on ${skill.name} until each scores 70+.`
    : `Write and rehearse a 2-minute explanation of ${skill.name}: what it is, when you would use it, one trade-off.`;
};

/**
 * A 30/60/90-day roadmap from a gap report: the first month bridges required skills the
 * candidate can reach from one they have (quickest wins) and proves weakly evidenced ones; the
 * second learns the required skills with no bridge; the third takes the nice-to-haves and turns
 * the new skills into resume lines and a full mock interview. Skills the LLM asked to focus on
 * go first within their phase. Every skill appears in at most one phase.
 */
export function buildRoadmap(input: RoadmapInput): RoadmapPhase[] {
  const { report, practice } = input;
  const focus = new Set((input.focus ?? []).map((f) => f.toLowerCase()));
  const first = <T extends Ref>(list: readonly T[]) =>
    [...list].sort(
      (a, b) =>
        Number(focus.has(b.id) || focus.has(b.name.toLowerCase())) -
        Number(focus.has(a.id) || focus.has(a.name.toLowerCase())),
    );
  const used = new Set<string>();
  const take = <T extends Ref>(list: readonly T[], n = MAX_PER_PHASE) => {
    const out: T[] = [];
    for (const s of first(list)) {
      if (out.length >= n) break;
      if (used.has(s.id)) continue;
      used.add(s.id);
      out.push(s);
    }
    return out;
  };

  const required = <T extends { importance: string }>(list: readonly T[]) =>
    list.filter((s) => s.importance === "required");
  const nice = <T extends { importance: string }>(list: readonly T[]) =>
    list.filter((s) => s.importance === "nice");

  // A skill of the same area only (not related, not a close alternative) is no bridge: it is
  // learnt like a missing one (else one owned skill "bridged" to every gap of its area).
  const close = report.transferable.filter((t) => t.relation !== "category");
  const far = report.transferable.filter((t) => t.relation === "category");

  // Days 1–30: bridges, then weakly evidenced claimed skills.
  const bridges = take(required(close), 3);
  const weakClaims = take(
    required(report.covered)
      .map((c) => ({
        ...c,
        confidence: input.ownSkills.find((s) => s.id === c.id)?.confidence ?? 1,
      }))
      .filter((c) => c.confidence < 0.8)
      .sort((a, b) => a.confidence - b.confidence),
    MAX_PER_PHASE - bridges.length,
  );
  const phase1: string[] = [];
  for (const b of bridges) {
    const via = close.find((t) => t.id === b.id)!.via;
    phase1.push(
      `Bridge to ${b.name} from your ${via.name}: rebuild one small thing you did with ${via.name} using ${b.name}.`,
    );
    phase1.push(practiseLine(b, practice));
  }
  for (const w of weakClaims) {
    phase1.push(
      `Your resume mentions ${w.name} only in passing: add a line with what you built with it and the result.`,
    );
  }
  if (phase1.length === 0) {
    const strongest = take(required(report.covered), 2);
    for (const s of strongest) phase1.push(practiseLine(s, practice));
  }
  if (phase1.length === 0) {
    phase1.push(
      `Take a mock interview for ${input.targetLabel} to see where you stand (match score ${report.score}/100).`,
    );
  }

  // Days 31–60: required skills with no bridge.
  const gaps = take([...required(report.missing), ...required(far)]);
  const phase2: string[] = [];
  for (const g of gaps) {
    const area = far.find((t) => t.id === g.id)?.via;
    phase2.push(
      area
        ? `Learn ${g.name} from the fundamentals (your ${area.name} is in the same area, not a substitute) and ship a small project that uses it.`
        : `Learn ${g.name} from the fundamentals and ship a small project that uses it.`,
    );
    phase2.push(practiseLine(g, practice));
  }
  if (report.experience.meets === false && report.experience.required !== null) {
    phase2.push(
      `The target asks for ${report.experience.required}+ years (you show ${report.experience.candidate ?? 0}): lead one visible piece of work end to end and quantify it on your resume.`,
    );
  }

  // Days 61–90: nice-to-haves, then show it.
  const extras = take([...nice(report.missing), ...nice(report.transferable)], 3);
  const phase3: string[] = extras.map(
    (e) => `Get working familiarity with ${e.name} (nice to have for ${input.targetLabel}).`,
  );
  const learned = [...bridges, ...gaps];
  if (learned.length > 0) {
    phase3.push(
      `Add resume lines for ${learned.map((s) => s.name).join(", ")} with a measurable outcome each.`,
    );
  }
  phase3.push(
    `Run a full mock interview for ${input.targetLabel} and re-run this analysis to measure the change (match score now ${report.score}/100).`,
  );

  return [
    {
      days: "30",
      title: bridges.length ? "Quick wins: bridge from what you know" : "Prove what you claim",
      focus: [...bridges, ...weakClaims].map(({ id, name }) => ({ id, name })),
      actions: phase1,
    },
    {
      days: "60",
      title: gaps.length ? "Close the required gaps" : "Deepen the required skills",
      focus: gaps.map(({ id, name }) => ({ id, name })),
      actions: phase2.length
        ? phase2
        : [
            "Every required skill is covered or bridged: move to harder practice questions on them.",
          ],
    },
    {
      days: "90",
      title: "Round out and show it",
      focus: extras.map(({ id, name }) => ({ id, name })),
      actions: phase3,
    },
  ];
}
