/**
 * The practice loop's pure rules with fast-check: the review schedule (1, 3, 7, 14 days; weak
 * answers reset, good ones push further, strong ones further still), the follow-up's focus (the
 * weakest missed point, else an example of the thinnest covered one), and attempt comparison.
 */
import fc from "fast-check";
import { compareAttempts, type ScoredAttempt } from "@/lib/attempts/compare";
import { CRITERION_KEYS } from "@/lib/evaluations/criteria";
import { chooseFollowUpFocus, followUpTopic, offlineFollowUpPrompt } from "@/lib/follow-ups/focus";
import {
  nextReview,
  REVIEW_INTERVAL_DAYS,
  STRONG_FROM,
  WEAK_BELOW,
  type ReviewDecision,
} from "@/lib/review/schedule";
import { CATEGORIES } from "@/lib/validations/enums";

const RUNS = { numRuns: 200 };
const DAY_MS = 86_400_000;
const score = fc.integer({ min: 0, max: 100 });
const step = fc.integer({ min: 0, max: REVIEW_INTERVAL_DAYS.length - 1 });
const state = fc.option(fc.record({ step }), { nil: null });
const at = fc.date({
  min: new Date("2020-01-01"),
  max: new Date("2035-01-01"),
  noInvalidDate: true,
});

/** How far away the next review is: "none" and "graduate" are further than any interval. */
const distance = (d: ReviewDecision) =>
  d.kind === "schedule" ? d.intervalDays : Number.POSITIVE_INFINITY;

describe("review schedule", () => {
  it("schedules only on the ladder, strictly after the answer, at the interval's distance", () => {
    fc.assert(
      fc.property(state, score, at, (prev, s, when) => {
        const d = nextReview(prev, s, when);
        if (d.kind !== "schedule") return;
        expect(REVIEW_INTERVAL_DAYS).toContain(d.intervalDays);
        expect(REVIEW_INTERVAL_DAYS[d.step]).toBe(d.intervalDays);
        expect(d.dueAt.getTime() - when.getTime()).toBe(d.intervalDays * DAY_MS);
      }),
      RUNS,
    );
  });

  it("a weak answer always brings the question back after the first interval", () => {
    fc.assert(
      fc.property(state, fc.integer({ min: 0, max: WEAK_BELOW - 1 }), at, (prev, s, when) => {
        const d = nextReview(prev, s, when);
        expect(d).toMatchObject({
          kind: "schedule",
          step: 0,
          intervalDays: REVIEW_INTERVAL_DAYS[0],
        });
      }),
      RUNS,
    );
  });

  it("a good answer never puts a new question on the queue", () => {
    fc.assert(
      fc.property(fc.integer({ min: WEAK_BELOW, max: 100 }), at, (s, when) => {
        expect(nextReview(null, s, when).kind).toBe("none");
      }),
      RUNS,
    );
  });

  it("a good retry pushes the next review further than the current one, never closer", () => {
    fc.assert(
      fc.property(step, fc.integer({ min: WEAK_BELOW, max: 100 }), at, (current, s, when) => {
        const d = nextReview({ step: current }, s, when);
        expect(distance(d)).toBeGreaterThan(REVIEW_INTERVAL_DAYS[current]!);
      }),
      RUNS,
    );
  });

  it("is monotone in the score: a better answer never brings the review closer", () => {
    fc.assert(
      fc.property(state, score, score, at, (prev, a, b, when) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(distance(nextReview(prev, hi, when))).toBeGreaterThanOrEqual(
          distance(nextReview(prev, lo, when)),
        );
      }),
      RUNS,
    );
  });

  it("reaches graduation from a weak start only through good answers, one or two rungs at a time", () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 12 }), at, (scores, when) => {
        let prev: { step: number } | null = null;
        let graduated = false;
        for (const s of scores) {
          if (graduated) break;
          const before = prev;
          const d = nextReview(prev, s, when);
          if (d.kind === "graduate") {
            expect(before).not.toBeNull();
            expect(s).toBeGreaterThanOrEqual(WEAK_BELOW);
            expect(before!.step + (s >= STRONG_FROM ? 2 : 1)).toBeGreaterThanOrEqual(
              REVIEW_INTERVAL_DAYS.length,
            );
            graduated = true;
          } else if (d.kind === "schedule") {
            if (before && s >= WEAK_BELOW)
              expect(d.step - before.step).toBe(s >= STRONG_FROM ? 2 : 1);
            prev = { step: d.step };
          }
        }
      }),
      RUNS,
    );
  });
});

const point = fc.string({ minLength: 3, maxLength: 40 }).filter((s) => s.trim().length >= 3);

describe("follow-up focus", () => {
  it("probes the weakest missed point, or asks for an example of the thinnest covered one", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 6,
          maxLength: 6,
        }),
        (points, outcomes) => {
          const evidence = points.map((p, i) => ({
            point: p,
            covered: outcomes[i]![0],
            score: outcomes[i]![1],
          }));
          const focus = chooseFollowUpFocus(points, evidence)!;
          expect(points[focus.pointIndex]).toBe(focus.point);
          const chosen = evidence[focus.pointIndex]!;
          const missed = evidence.filter((e) => !e.covered);
          if (missed.length > 0) {
            expect(focus.kind).toBe("missed_point");
            expect(chosen.covered).toBe(false);
            expect(chosen.score).toBe(Math.min(...missed.map((e) => e.score)));
          } else {
            expect(focus.kind).toBe("example");
            expect(chosen.score).toBe(Math.min(...evidence.map((e) => e.score)));
          }
        },
      ),
      RUNS,
    );
  });

  it("offline, the question names the point's topic and never quotes the point it is scored on", () => {
    const words = fc.constantFrom(
      "cache",
      "invalidation",
      "replica",
      "latency",
      "index",
      "queue",
      "stakeholders",
      "rollback",
    );
    const sentence = fc
      .tuple(
        fc.array(words, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("prevents", "reduces", "requires", "improves"),
        fc.array(words, { minLength: 2, maxLength: 5 }),
      )
      .map(([subject, verb, rest]) => `${subject.join(" ")} ${verb} ${rest.join(" ")}`);
    fc.assert(
      fc.property(
        sentence,
        fc.constantFrom("missed_point" as const, "example" as const),
        fc.constantFrom(...CATEGORIES),
        (p, kind, category) => {
          const prompt = offlineFollowUpPrompt({ kind, point: p, pointIndex: 0 }, category);
          const topic = followUpTopic(p);
          expect(topic).not.toBeNull();
          expect(prompt).toContain(topic!);
          expect(prompt.toLowerCase()).not.toContain(p.toLowerCase());
          expect(prompt).toMatch(/[.?]$/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("has nothing to probe without expected points", () => {
    expect(chooseFollowUpFocus([], [])).toBeNull();
  });
});

const scores = fc.record({
  content_quality: score,
  clarity: score,
  confidence: score,
  technical_accuracy: score,
  overall_score: score,
});

describe("attempt comparison", () => {
  it("reports each criterion's change and exactly the points gained or lost", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 6, maxLength: 6 }),
        scores,
        scores,
        (points, covered, s1, s2) => {
          const before: ScoredAttempt = {
            scores: s1,
            evidence: points.map((p, i) => ({ point: p, covered: covered[i]![0] })),
          };
          const after: ScoredAttempt = {
            scores: s2,
            evidence: points.map((p, i) => ({ point: p, covered: covered[i]![1] })),
          };
          const c = compareAttempts(before, after);
          expect(c.overall_change).toBe(s2.overall_score - s1.overall_score);
          for (const k of CRITERION_KEYS) expect(c.criteria_change[k]).toBe(s2[k] - s1[k]);
          expect(c.newly_covered).toEqual(
            points.filter((_, i) => !covered[i]![0] && covered[i]![1]),
          );
          expect(c.no_longer_covered).toEqual(
            points.filter((_, i) => covered[i]![0] && !covered[i]![1]),
          );
          // Comparing the other way round mirrors it.
          const back = compareAttempts(after, before);
          expect(back.overall_change + c.overall_change).toBe(0);
          expect(back.newly_covered).toEqual(c.no_longer_covered);
        },
      ),
      RUNS,
    );
  });
});
