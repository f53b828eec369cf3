/**
 * The agents' pure parts: the study plan's scheduler, the gap chart and the 30/60/90 roadmap,
 * interview patterns, STAR coaching and the story bank. Each property runs at least 100 cases.
 */
import fc from "fast-check";
import { interviewPatterns } from "@/lib/agents/coaching/patterns";
import { STAR_PARTS, coachAnswer } from "@/lib/agents/coaching/star-coach";
import { buildStoryBank } from "@/lib/agents/coaching/story-bank";
import { gapChart } from "@/lib/agents/resume-analysis/gap-chart";
import { buildRoadmap } from "@/lib/agents/resume-analysis/roadmap";
import { roleRequirements } from "@/lib/agents/resume-analysis/role-requirements";
import { MINUTES, schedulePlan, type ScheduleInput } from "@/lib/agents/study-plan/schedule";
import { matchResumeToJob } from "@/lib/job-descriptions";
import { questionBank } from "@/lib/questions/bank/load";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";
import type { JobRequirements, JobSkill } from "@/lib/validations/job-description";

const RUNS = { numRuns: 120 };
const taxonomy = getTaxonomy();
const skillId = fc.constantFrom(...taxonomy.skills.map((s) => s.id));
const category = fc.constantFrom(...CATEGORIES);
const difficulty = fc.constantFrom(...DIFFICULTIES);

const jobSkill = (id: string, importance: "required" | "nice"): JobSkill => {
  const s = taxonomy.byId.get(id)!;
  return {
    id,
    name: s.name,
    category: s.category,
    importance,
    confidence: 0.9,
    years: null,
    line: s.name,
    lineNumber: 1,
  };
};
const requirements = fc
  .record({
    required: fc.uniqueArray(skillId, { maxLength: 12 }),
    nice: fc.uniqueArray(skillId, { maxLength: 6 }),
    minYears: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  })
  .map(({ required, nice, minYears }): JobRequirements => ({
    title: "Target",
    seniority: null,
    minYears,
    required: required.map((id) => jobSkill(id, "required")),
    niceToHave: nice.filter((id) => !required.includes(id)).map((id) => jobSkill(id, "nice")),
    warnings: [],
  }));
const candidate = fc.record({
  skills: fc
    .uniqueArray(skillId, { maxLength: 20 })
    .chain((ids) =>
      fc
        .tuple(...ids.map(() => fc.double({ min: 0.5, max: 1, noNaN: true })))
        .map((cs) => ids.map((id, i) => ({ id, confidence: cs[i]! }))),
    ),
  experience: fc.record({ totalYears: fc.integer({ min: 0, max: 20 }) }),
});

describe("gap chart and roadmap", () => {
  it("the chart puts every target skill in exactly one bar segment", () => {
    fc.assert(
      fc.property(candidate, requirements, (c, job) => {
        const report = matchResumeToJob(c, job);
        const rows = gapChart(report, taxonomy);
        const total = rows.reduce((n, r) => n + r.covered + r.transferable + r.missing, 0);
        expect(total).toBe(job.required.length + job.niceToHave.length);
        expect(new Set(rows.map((r) => r.category)).size).toBe(rows.length);
      }),
      RUNS,
    );
  });

  it("the roadmap has three phases, each gap skill in at most one, all from the report", () => {
    fc.assert(
      fc.property(candidate, requirements, fc.array(skillId, { maxLength: 3 }), (c, job, focus) => {
        const report = matchResumeToJob(c, job);
        const phases = buildRoadmap({
          report,
          targetLabel: "Target",
          practice: new Map(),
          ownSkills: c.skills.map((s) => ({ ...s, name: taxonomy.byId.get(s.id)!.name })),
          focus,
        });
        expect(phases.map((p) => p.days)).toEqual(["30", "60", "90"]);
        const focused = phases.flatMap((p) => p.focus.map((f) => f.id));
        expect(new Set(focused).size).toBe(focused.length);
        const known = new Set(
          [...report.covered, ...report.transferable, ...report.missing].map((s) => s.id),
        );
        for (const id of focused) expect(known.has(id)).toBe(true);
        for (const p of phases) expect(p.actions.length).toBeGreaterThan(0);
        // Required skills with no bridge (missing, or only of the same area) are learnt in the
        // second month, up to four of them; a bridge is a related skill or a close alternative.
        const noBridge = [
          ...report.missing,
          ...report.transferable.filter((t) => t.relation === "category"),
        ].filter((m) => m.importance === "required");
        expect(phases[1]!.focus.length).toBe(Math.min(4, noBridge.length));
        const byId = new Map(report.transferable.map((t) => [t.id, t]));
        for (const f of phases[0]!.focus)
          expect(byId.get(f.id)?.relation ?? "covered").not.toBe("category");
      }),
      RUNS,
    );
  });

  it("a role's requirements come from its bank questions, most asked first", () => {
    const bank = questionBank();
    for (const role of bank.roles) {
      const req = roleRequirements(role, bank.questions, bank.roles);
      expect(req.required.length).toBeGreaterThan(3);
      expect(req.warnings).toEqual([]);
      const ids = [...req.required, ...req.niceToHave].map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(
      roleRequirements("Rust Embedded Wizard", bank.questions, bank.roles).warnings[0],
    ).toMatch(/approximated/);
  });
});

const review = fc.record({
  questionId: fc.integer({ min: 1, max: 500 }),
  text: fc.string({ minLength: 5, maxLength: 120 }),
  category,
  lastScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  offset: fc.integer({ min: 0, max: 30 }),
});
const schedule = fc
  .record({
    days: fc.integer({ min: 1, max: 28 }),
    minutesPerDay: fc.integer({ min: 5, max: 240 }),
    weak: fc.uniqueArray(
      fc.record({
        category,
        averageScore: fc.integer({ min: 0, max: 100 }),
        questions: fc.integer({ min: 1, max: 50 }),
      }),
      { selector: (w) => w.category, maxLength: 5 },
    ),
    gaps: fc.uniqueArray(
      fc.record({
        id: skillId,
        via: fc.option(fc.constantFrom("Docker", "RabbitMQ"), { nil: null }),
        importance: fc.constantFrom("required" as const, "nice" as const),
      }),
      { selector: (g) => g.id, maxLength: 6 },
    ),
    reviews: fc.uniqueArray(review, { selector: (r) => r.questionId, maxLength: 10 }),
    practice: fc.uniqueArray(
      fc.record({
        questionId: fc.integer({ min: 501, max: 2000 }),
        text: fc.string({ minLength: 5, maxLength: 80 }),
        category,
        skillId: fc.option(skillId, { nil: null }),
      }),
      { selector: (p) => p.questionId, maxLength: 30 },
    ),
    difficulty,
  })
  .map((x): ScheduleInput => ({
    startDate: "2026-12-01",
    days: x.days,
    minutesPerDay: x.minutesPerDay,
    targetRole: "Backend Engineer",
    weak: x.weak,
    gaps: x.gaps.map((g) => ({ ...g, name: taxonomy.byId.get(g.id)!.name })),
    reviews: x.reviews.map((r) => ({
      questionId: r.questionId,
      text: r.text,
      category: r.category,
      lastScore: r.lastScore,
      dueDate: new Date(Date.UTC(2026, 11, 1 + r.offset)).toISOString().slice(0, 10),
    })),
    practice: x.practice,
    difficulty: x.difficulty,
    defaultCategories: ["Technical", "Behavioral"],
  }));

describe("study plan scheduler", () => {
  it("fills the asked days within the daily minutes, with unique stable task ids, deterministically", () => {
    fc.assert(
      fc.property(schedule, (input) => {
        const days = schedulePlan(input);
        expect(days.map((d) => d.day)).toEqual(Array.from({ length: input.days }, (_, i) => i + 1));
        const ids = days.flatMap((d) => d.tasks.map((t) => t.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const d of days) {
          expect(d.minutes).toBe(d.tasks.reduce((n, t) => n + t.minutes, 0));
          // Over the daily minutes only when one task alone is longer.
          if (d.minutes > input.minutesPerDay) expect(d.tasks).toHaveLength(1);
        }
        expect(schedulePlan(input)).toEqual(days);
      }),
      RUNS,
    );
  });

  it("puts each review on or after its due day, never twice, and practice questions at most once", () => {
    fc.assert(
      fc.property(schedule, (input) => {
        const days = schedulePlan(input);
        const due = new Map(input.reviews.map((r) => [r.questionId, r.dueDate]));
        const seen = new Set<number>();
        for (const d of days) {
          for (const t of d.tasks) {
            if (t.kind === "review") {
              expect(d.date >= due.get(t.question_id!)!).toBe(true);
            }
            if (t.question_id !== null && t.kind !== "learn") {
              expect(seen.has(t.question_id)).toBe(false);
              seen.add(t.question_id);
            }
          }
        }
        // With room for one more review a day, every review due in the window is scheduled.
        if (input.minutesPerDay >= MINUTES.review * 12) {
          const inWindow = input.reviews.filter((r) => r.dueDate <= days[days.length - 1]!.date);
          const scheduled = days.flatMap((d) => d.tasks).filter((t) => t.kind === "review");
          expect(scheduled).toHaveLength(inWindow.length);
        }
      }),
      RUNS,
    );
  });
});

const sourceQuestion = fc.record({
  id: fc.integer({ min: 1, max: 100_000 }),
  text: fc.constantFrom(
    "Design a rate limiter with Redis",
    "Tell me about a conflict with a teammate",
    "How does Kubernetes schedule pods?",
    "Explain PostgreSQL indexes",
    "Describe a failure you learnt from",
  ),
  category,
  difficulty,
  skills: fc.array(
    fc.constantFrom("redis", "kubernetes", "postgresql", "communication", "nonsense-tag"),
    { maxLength: 3 },
  ),
});

describe("interview patterns", () => {
  it("category and difficulty shares each add up to 1, topics are sorted, examples are real questions", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sourceQuestion, { selector: (q) => q.id, minLength: 1, maxLength: 40 }),
        (qs) => {
          const p = interviewPatterns(qs, "Acme");
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum(p.categories.map((c) => c.share)) - 1)).toBeLessThanOrEqual(
            0.01 * p.categories.length,
          );
          expect(Math.abs(sum(p.difficulty.map((d) => d.share)) - 1)).toBeLessThanOrEqual(
            0.01 * p.difficulty.length,
          );
          for (let i = 1; i < p.topics.length; i++) {
            expect(p.topics[i - 1]!.questions).toBeGreaterThanOrEqual(p.topics[i]!.questions);
          }
          const ids = new Set(qs.map((q) => q.id));
          for (const e of p.examples) expect(ids.has(e.question_id)).toBe(true);
          expect(p.insights[0]).toContain(`of the ${qs.length} questions from Acme`);
        },
      ),
      RUNS,
    );
  });
});

describe("STAR coaching and story bank", () => {
  it("names exactly the missing parts and always gives advice", () => {
    const part = fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ situation: part, task: part, action: part, result: part }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        (star, score) => {
          const c = coachAnswer({ answerId: 1, question: "Q", text: "", score, star });
          expect(c.missing).toEqual(STAR_PARTS.filter((p) => star[p] === null));
          expect(c.advice.length).toBeGreaterThanOrEqual(c.missing.length);
          expect(c.advice.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it("builds stories only from the resume's own lines, one line per story, one story per theme", () => {
    const verbs = [
      "Led",
      "Reduced",
      "Migrated",
      "Partnered with",
      "Introduced",
      "Handled an outage for",
      "Wrote",
    ];
    const line = fc
      .tuple(
        fc.constantFrom(...verbs),
        fc.string({ minLength: 20, maxLength: 80 }),
        fc.option(fc.constantFrom("by 40%", "for 2 million users", "in 3 weeks"), { nil: "" }),
      )
      .map(([v, rest, m]) => `• ${v} ${rest} ${m}`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), (texts) => {
        const lines = texts.map((text, i) => ({ number: i + 5, text }));
        const stories = buildStoryBank(lines, [
          { title: "Engineer", company: "Acme", start: "2020-01", end: "present", lineNumber: 1 },
        ]);
        const cleaned = new Set(lines.map((l) => l.text.replace(/^[\s•]+/, "").trim()));
        for (const s of stories) {
          expect(cleaned.has(s.evidence)).toBe(true);
          expect(s.star.action).toBe(s.evidence);
          expect(s.role).toBe("Engineer at Acme");
        }
        expect(new Set(stories.map((s) => s.theme)).size).toBe(stories.length);
        expect(new Set(stories.map((s) => s.evidence)).size).toBe(stories.length);
      }),
      RUNS,
    );
  });
});
