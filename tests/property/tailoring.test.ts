/**
 * Tailored sessions, pure parts: the target plan (gaps before bridges before proofs, required
 * before nice-to-have, no duplicates, bounded), the skill-coverage pick (distinct, in the asked
 * categories, on target, never more than asked, and covering new targets before repeating), the
 * bank tag ↔ taxonomy join, and which job skills answers showed.
 */
import fc from "fast-check";
import { matchResumeToJob } from "@/lib/job-descriptions";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import { pickTailored, type TaggedCandidate } from "@/lib/tailoring/pick-tailored";
import { MAX_TARGETS, planTargets } from "@/lib/tailoring/plan";
import { bankTagsOf, skillIdOfTag } from "@/lib/tailoring/skill-tags";
import { skillsShown } from "@/lib/tailoring/skills-shown";
import { seededRandom } from "@/lib/questions/pick";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";
import type { JobRequirements, JobSkill } from "@/lib/validations/job-description";
import type { Tailoring } from "@/lib/validations/tailoring";

const taxonomy = getTaxonomy();
const ids = taxonomy.skills.map((s) => s.id);
const skillId = fc.constantFrom(...ids);
const RUNS = { numRuns: 150 };

const jobSkill = (id: string, importance: "required" | "nice"): JobSkill => ({
  id,
  name: taxonomy.byId.get(id)!.name,
  category: taxonomy.byId.get(id)!.category,
  importance,
  confidence: 0.9,
  years: null,
  line: id,
  lineNumber: 1,
});

const job = fc
  .record({
    required: fc.uniqueArray(skillId, { maxLength: 10 }),
    nice: fc.uniqueArray(skillId, { maxLength: 6 }),
  })
  .map(({ required, nice }): JobRequirements => ({
    title: null,
    seniority: null,
    minYears: null,
    required: required.map((id) => jobSkill(id, "required")),
    niceToHave: nice.filter((id) => !required.includes(id)).map((id) => jobSkill(id, "nice")),
    warnings: [],
  }));
const resumeSkills = fc.uniqueArray(skillId, { maxLength: 15 }).map((list) =>
  list.map((id, i) => ({
    id,
    name: taxonomy.byId.get(id)!.name,
    confidence: 0.5 + (i % 5) / 10,
  })),
);

const REASON_ORDER = { gap: 0, bridge: 1, proof: 2, strength: 3 } as const;

describe("planTargets", () => {
  it("orders required before nice, and gap → bridge → proof within each; no duplicates; bounded", () => {
    fc.assert(
      fc.property(job, resumeSkills, (j, skills) => {
        const report = matchResumeToJob({ skills }, j);
        const targets = planTargets({ job: j, report, resumeSkills: skills });
        expect(targets.length).toBeLessThanOrEqual(MAX_TARGETS);
        expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
        const jobIds = new Set([...j.required, ...j.niceToHave].map((s) => s.id));
        for (const t of targets) expect(jobIds.has(t.id)).toBe(true);
        const key = (t: (typeof targets)[number]) =>
          (t.importance === "nice" ? 10 : 0) + REASON_ORDER[t.reason];
        for (let i = 1; i < targets.length; i++) {
          expect(key(targets[i]!)).toBeGreaterThanOrEqual(key(targets[i - 1]!));
        }
        // Covered required skills are proofs, never gaps.
        const covered = new Set(report.covered.map((c) => c.id));
        for (const t of targets) if (covered.has(t.id)) expect(t.reason).toBe("proof");
        if (jobIds.size <= MAX_TARGETS) expect(targets).toHaveLength(jobIds.size);
      }),
      RUNS,
    );
  });

  it("without a job targets the resume's strongest skills", () => {
    fc.assert(
      fc.property(resumeSkills, (skills) => {
        const targets = planTargets({ resumeSkills: skills });
        expect(targets.every((t) => t.reason === "strength")).toBe(true);
        expect(targets).toHaveLength(Math.min(MAX_TARGETS, skills.length));
        const confidence = new Map(skills.map((s) => [s.id, s.confidence]));
        for (let i = 1; i < targets.length; i++) {
          expect(confidence.get(targets[i]!.id)!).toBeLessThanOrEqual(
            confidence.get(targets[i - 1]!.id)!,
          );
        }
      }),
      RUNS,
    );
  });
});

describe("bank tags", () => {
  it("every taxonomy skill's tags lead back to a skill that owns that tag", () => {
    for (const skill of taxonomy.skills) {
      const tags = bankTagsOf(skill);
      expect(tags.length).toBeGreaterThan(0);
      expect(skillIdOfTag(tags[0]!)).not.toBeNull();
    }
    expect(skillIdOfTag("k8s")).toBe("kubernetes");
    expect(skillIdOfTag("postgres")).toBe("postgresql");
    expect(skillIdOfTag("no such skill at all")).toBeNull();
  });
});

const TAGS = ["kafka", "postgresql", "kubernetes", "react", "python", "aws", "terraform", "go"];
const candidate = fc.record({
  id: fc.integer({ min: 1, max: 10_000 }),
  category: fc.constantFrom(...CATEGORIES),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  role: fc.constantFrom("Backend Engineer", "Frontend Engineer", "Data Scientist"),
  skills: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
});
const pool = fc.uniqueArray(candidate, { maxLength: 60, selector: (c) => c.id });

describe("pickTailored", () => {
  it("picks distinct on-target questions of the asked categories, at most `count`", () => {
    fc.assert(
      fc.property(
        pool,
        fc.uniqueArray(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer(),
        (candidates: TaggedCandidate[], targetTags, categories, count, seed) => {
          const targets = targetTags.map((t, i) => ({
            id: t,
            tags: new Set([t]),
            weight: 1 - i / 10,
          }));
          const picked = pickTailored(candidates, targets, {
            categories,
            difficulty: "Medium",
            count,
            roleTiers: [["Backend Engineer"], []],
            seen: new Set(),
            random: seededRandom(seed),
          });
          expect(picked.length).toBeLessThanOrEqual(count);
          expect(new Set(picked.map((p) => p.question.id)).size).toBe(picked.length);
          for (const p of picked) {
            expect(categories).toContain(p.question.category);
            expect(p.targets.length).toBeGreaterThan(0);
            for (const t of p.targets) expect(p.question.skills).toContain(t);
          }
          const eligible = candidates.filter(
            (c) => categories.includes(c.category) && c.skills.some((s) => targetTags.includes(s)),
          );
          expect(picked.length).toBe(Math.min(count, eligible.length));
        },
      ),
      RUNS,
    );
  });

  it("covers a new target before repeating one (single category, equal levels)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const q = (id: number, skills: string[]): TaggedCandidate => ({
          id,
          category: "Technical",
          difficulty: "Medium",
          role: "Backend Engineer",
          skills,
        });
        const candidates = [q(1, ["kafka"]), q(2, ["kafka"]), q(3, ["kafka"]), q(4, ["aws"])];
        const targets = [
          { id: "kafka", tags: new Set(["kafka"]), weight: 1 },
          { id: "aws", tags: new Set(["aws"]), weight: 0.5 },
        ];
        const picked = pickTailored(candidates, targets, {
          categories: ["Technical"],
          difficulty: "Medium",
          count: 2,
          roleTiers: [["Backend Engineer"], []],
          seen: new Set(),
          random: seededRandom(seed),
        });
        expect(picked.map((p) => p.targets[0]).sort()).toEqual(["aws", "kafka"]);
      }),
      RUNS,
    );
  });
});

describe("skillsShown", () => {
  const tailoring = (jobSkills: string[]): Tailoring => ({
    version: 1,
    resumeId: null,
    jobDescriptionId: 1,
    jobTitle: null,
    targets: [],
    jobSkills: jobSkills.map((id) => ({
      id,
      name: taxonomy.byId.get(id)!.name,
      importance: "required",
    })),
    experienceQuestions: 0,
  });

  it("puts every job skill in exactly one list", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(skillId, { minLength: 1, maxLength: 8 }),
        fc.array(
          fc.record({
            named: fc.uniqueArray(skillId, { maxLength: 4 }),
            score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          }),
          { maxLength: 5 },
        ),
        (jobSkills, answers) => {
          const result = skillsShown(
            tailoring(jobSkills),
            answers.map((a, i) => ({
              questionNumber: i + 1,
              answerText: `I used ${a.named.map((id) => taxonomy.byId.get(id)!.name).join(", ")} a lot.`,
              questionSkills: [],
              score: a.score,
            })),
          );
          const all = [...result.shown, ...result.mentioned, ...result.notShown].map((s) => s.id);
          expect(all.sort()).toEqual([...jobSkills].sort());
          for (const s of result.shown) expect(s.score ?? -1).toBeGreaterThanOrEqual(50);
        },
      ),
      RUNS,
    );
  });

  it("needs a good score: named in a weak answer is only mentioned, asked and answered well is shown", () => {
    const t = tailoring(["kafka", "kubernetes", "terraform"]);
    const result = skillsShown(t, [
      {
        questionNumber: 1,
        answerText: "We streamed events through Kafka.",
        questionSkills: [],
        score: 30,
      },
      {
        questionNumber: 2,
        answerText: "I scaled the cluster by adding nodes.",
        questionSkills: ["k8s"],
        score: 82,
      },
      { questionNumber: 3, answerText: null, questionSkills: ["terraform"], score: null },
    ]);
    expect(result.mentioned.map((s) => s.id)).toEqual(["kafka"]);
    expect(result.mentioned[0]!.evidence).toContain("Kafka");
    expect(result.shown).toEqual([
      expect.objectContaining({ id: "kubernetes", questionNumber: 2, score: 82, evidence: null }),
    ]);
    expect(result.notShown.map((s) => s.id)).toEqual(["terraform"]);
  });
});
