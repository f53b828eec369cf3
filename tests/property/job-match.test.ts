/**
 * Job match scores: always 0–100, every job skill lands in exactly one bucket, learning a
 * required skill never lowers the score, and more years never lower it either.
 */
import fc from "fast-check";
import { matchResumeToJob } from "@/lib/job-descriptions";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import type { JobRequirements, JobSkill } from "@/lib/validations/job-description";

const taxonomy = getTaxonomy();
const ids = taxonomy.skills.map((s) => s.id);
const skillId = fc.constantFrom(...ids);

const jobSkill = (id: string, importance: "required" | "nice"): JobSkill => {
  const skill = taxonomy.byId.get(id)!;
  return {
    id,
    name: skill.name,
    category: skill.category,
    importance,
    confidence: 0.9,
    years: null,
    line: skill.name,
    lineNumber: 1,
  };
};

const job = fc
  .record({
    required: fc.uniqueArray(skillId, { maxLength: 12 }),
    nice: fc.uniqueArray(skillId, { maxLength: 6 }),
    minYears: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  })
  .map(({ required, nice, minYears }): JobRequirements => ({
    title: null,
    seniority: null,
    minYears,
    required: required.map((id) => jobSkill(id, "required")),
    niceToHave: nice.filter((id) => !required.includes(id)).map((id) => jobSkill(id, "nice")),
    warnings: [],
  }));
const resume = fc.record({
  skills: fc
    .uniqueArray(skillId, { maxLength: 25 })
    .map((list) => list.map((id) => ({ id, confidence: 0.8 }))),
  years: fc.double({ min: 0, max: 30, noNaN: true }),
});

describe("job match scores", () => {
  it("stay within 0–100 and put each job skill in exactly one bucket", () => {
    fc.assert(
      fc.property(job, resume, (j, r) => {
        const report = matchResumeToJob(
          { skills: r.skills, experience: { totalYears: r.years } },
          j,
        );
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        const buckets = [...report.covered, ...report.transferable, ...report.missing]
          .map((s) => s.id)
          .sort();
        expect(buckets).toEqual([...j.required, ...j.niceToHave].map((s) => s.id).sort());
        for (const c of report.covered) expect(r.skills.some((s) => s.id === c.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("never drop when the candidate gains a skill the job asks for, or more years", () => {
    fc.assert(
      fc.property(
        job,
        resume,
        fc.nat(),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (j, r, pick, extra) => {
          fc.pre(j.required.length > 0);
          const base = matchResumeToJob(
            { skills: r.skills, experience: { totalYears: r.years } },
            j,
          );
          const learned = j.required[pick % j.required.length]!.id;
          const more = matchResumeToJob(
            {
              skills: [...r.skills, { id: learned, confidence: 0.9 }],
              experience: { totalYears: r.years + extra },
            },
            j,
          );
          expect(more.score).toBeGreaterThanOrEqual(base.score);
        },
      ),
      { numRuns: 150 },
    );
  });
});
