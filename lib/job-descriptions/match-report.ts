import {
  jobMatchReportSchema,
  type JobMatchReport,
  type JobRequirements,
  type JobSkill,
} from "@/lib/validations/job-description";
import { MIN_SKILL_CONFIDENCE } from "@/lib/resumes/skill-matcher";
import { getTaxonomy, type Taxonomy, type TaxonomySkill } from "@/lib/resumes/taxonomy";
import { wordList } from "@/lib/resumes/text-fold";

/** What the match needs from a resume: its skills and years (a ResumeAnalysis fits). */
export interface CandidateProfile {
  skills: ReadonlyArray<{ id: string; confidence: number; line?: string }>;
  experience?: { totalYears: number } | null;
}

type Relation = "related" | "family" | "category";

// Partial credit for a missing skill the candidate can bridge from one they have.
const CREDIT: Record<Relation, number> = { related: 0.6, family: 0.5, category: 0.2 };
const WEIGHTS = { required: 0.7, nice: 0.15, experience: 0.15 };
// Categories whose members stand in for each other at least loosely (not soft skills, not
// business domains: knowing SEO does not transfer to payroll).
const TRANSFER_CATEGORIES = new Set(
  wordList(`
  language | frontend | backend | mobile | database | cloud | devops | data | ml | security |
  testing | design | architecture | embedded | tools
`),
);

function relationBetween(need: TaxonomySkill, have: TaxonomySkill): Relation | null {
  if (need.related?.includes(have.id) || have.related?.includes(need.id)) return "related";
  if (need.family === have.family) return "family";
  if (need.category === have.category && TRANSFER_CATEGORIES.has(need.category)) return "category";
  return null;
}

const names = (list: readonly { name: string }[], max = 8): string =>
  list.length <= max
    ? list.map((s) => s.name).join(", ")
    : `${list
        .slice(0, max)
        .map((s) => s.name)
        .join(", ")} and ${list.length - max} more`;

/**
 * How a resume fits a job: each required and nice-to-have skill is covered (named in the
 * resume), transferable (the resume names a related skill, one of the same family, or at least
 * the same category) or missing. Score 0–100 = 70% required coverage + 15% nice-to-have + 15%
 * experience against the years asked, each part left out when the job does not state it;
 * transferable skills earn part credit (0.6 related, 0.5 same family, 0.2 same category).
 */
export function matchResumeToJob(
  candidate: CandidateProfile,
  job: JobRequirements,
  options: { taxonomy?: Taxonomy } = {},
): JobMatchReport {
  const taxonomy = options.taxonomy ?? getTaxonomy();
  const has = new Map(
    candidate.skills.filter((s) => s.confidence >= MIN_SKILL_CONFIDENCE).map((s) => [s.id, s]),
  );
  const owned = [...has.keys()]
    .map((id) => taxonomy.byId.get(id))
    .filter((s): s is TaxonomySkill => s !== undefined);

  const covered: JobMatchReport["covered"] = [];
  const transferable: JobMatchReport["transferable"] = [];
  const missing: JobMatchReport["missing"] = [];
  const credit = (skills: readonly JobSkill[]): number | null => {
    if (skills.length === 0) return null;
    let sum = 0;
    for (const skill of skills) {
      const mine = has.get(skill.id);
      if (mine) {
        covered.push({
          id: skill.id,
          name: skill.name,
          importance: skill.importance,
          evidence: mine.line ?? null,
        });
        sum += 1;
        continue;
      }
      const need = taxonomy.byId.get(skill.id);
      let best: { via: TaxonomySkill; relation: Relation } | null = null;
      for (const have of need ? owned : []) {
        const relation = relationBetween(need!, have);
        if (relation && (!best || CREDIT[relation] > CREDIT[best.relation]))
          best = { via: have, relation };
      }
      if (best) {
        transferable.push({
          id: skill.id,
          name: skill.name,
          importance: skill.importance,
          via: { id: best.via.id, name: best.via.name },
          relation: best.relation,
        });
        sum += CREDIT[best.relation];
      } else {
        missing.push({ id: skill.id, name: skill.name, importance: skill.importance });
      }
    }
    return sum / skills.length;
  };
  const requiredCoverage = credit(job.required);
  const niceCoverage = credit(job.niceToHave);
  const years = candidate.experience?.totalYears ?? null;
  const experienceFit = job.minYears ? Math.min(1, (years ?? 0) / job.minYears) : null;

  const parts: [number | null, number][] = [
    [requiredCoverage, WEIGHTS.required],
    [niceCoverage, WEIGHTS.nice],
    [experienceFit, WEIGHTS.experience],
  ];
  const weight = parts.reduce((w, [value, wt]) => w + (value === null ? 0 : wt), 0);
  const score =
    weight === 0
      ? 0
      : Math.round((100 * parts.reduce((s, [v, wt]) => s + (v ?? 0) * wt, 0)) / weight);

  const explanation: string[] = [];
  const req = (list: readonly { importance: string; name: string }[]) =>
    list.filter((s) => s.importance === "required");
  const nice = (list: readonly { importance: string; name: string }[]) =>
    list.filter((s) => s.importance === "nice");
  if (job.required.length > 0) {
    explanation.push(
      `Covers ${req(covered).length} of ${job.required.length} required skills${req(covered).length ? `: ${names(req(covered))}` : ""}.`,
    );
  }
  if (req(missing).length) explanation.push(`Missing required: ${names(req(missing))}.`);
  if (transferable.length) {
    const bridged = transferable.map(
      (t) =>
        `${t.name} ← ${t.via.name} (${t.relation === "category" ? "same area" : t.relation === "family" ? "close alternative" : "related"})`,
    );
    explanation.push(
      `Transferable: ${bridged.slice(0, 6).join("; ")}${bridged.length > 6 ? "; …" : ""}.`,
    );
  }
  if (job.niceToHave.length > 0) {
    explanation.push(
      `Nice to have: ${nice(covered).length} of ${job.niceToHave.length}${nice(covered).length ? ` (${names(nice(covered))})` : ""}.`,
    );
  }
  if (job.minYears) {
    explanation.push(
      years === null
        ? `The job asks for ${job.minYears}+ years; the resume shows no dated experience.`
        : `Experience: ${years} years against ${job.minYears}+ asked.`,
    );
  }
  explanation.push(
    weight === 0
      ? "No skills or years were recognised in the job description, so there is nothing to score."
      : `Score ${score}/100 from required skills (70%), nice-to-have skills (15%) and experience (15%), over the parts the job states.`,
  );

  return jobMatchReportSchema.parse({
    score,
    covered,
    transferable,
    missing,
    experience: {
      required: job.minYears,
      candidate: years,
      meets: job.minYears ? years !== null && years >= job.minYears : null,
    },
    breakdown: { requiredCoverage, niceCoverage, experienceFit },
    explanation,
  });
}
