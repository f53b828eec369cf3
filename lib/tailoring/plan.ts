import type { JobMatchReport, JobRequirements } from "@/lib/validations/job-description";
import type { TailoringTarget } from "@/lib/validations/tailoring";

export interface PlanInput {
  /** The resume's skills, most confident first is not required. */
  resumeSkills?: ReadonlyArray<{ id: string; name: string; confidence: number }> | null;
  job?: JobRequirements | null;
  /** The match of that resume against that job (both given). */
  report?: JobMatchReport | null;
}

/** Targets beyond this are not worth a session of at most 20 questions. */
export const MAX_TARGETS = 12;

/**
 * The skills a tailored session works on, most important first:
 * - with a job and a resume: required skills the resume lacks (gap), required ones it can bridge
 *   from a related skill (bridge), required ones it claims and must now prove (proof), then the
 *   nice-to-haves in the same order;
 * - with a job only: its required, then nice-to-have skills (gap: nothing is known yet);
 * - with a resume only: its strongest skills (strength), to be questioned on what it claims.
 */
export function planTargets(input: PlanInput): TailoringTarget[] {
  const out: TailoringTarget[] = [];
  const seen = new Set<string>();
  const add = (t: TailoringTarget) => {
    if (seen.has(t.id) || out.length >= MAX_TARGETS) return;
    seen.add(t.id);
    out.push(t);
  };
  const { job, report, resumeSkills } = input;
  if (job && report) {
    for (const importance of ["required", "nice"] as const) {
      for (const s of report.missing.filter((m) => m.importance === importance)) {
        add({ id: s.id, name: s.name, reason: "gap", importance });
      }
      for (const s of report.transferable.filter((m) => m.importance === importance)) {
        add({ id: s.id, name: s.name, reason: "bridge", importance });
      }
      for (const s of report.covered.filter((m) => m.importance === importance)) {
        add({ id: s.id, name: s.name, reason: "proof", importance });
      }
    }
    return out;
  }
  if (job) {
    for (const s of job.required)
      add({ id: s.id, name: s.name, reason: "gap", importance: "required" });
    for (const s of job.niceToHave)
      add({ id: s.id, name: s.name, reason: "gap", importance: "nice" });
    return out;
  }
  const strongest = [...(resumeSkills ?? [])].sort((a, b) => b.confidence - a.confidence);
  for (const s of strongest) add({ id: s.id, name: s.name, reason: "strength", importance: null });
  return out;
}

/** How much covering a target is worth when picking questions: earlier targets weigh more. */
export function targetWeight(index: number, target: TailoringTarget): number {
  const base = target.importance === "nice" ? 0.6 : 1;
  return base * (1 - index / (MAX_TARGETS * 2));
}
