/**
 * Properties of delivery feedback: any text at all gives a well-formed report; counts never
 * exceed the words; rates scale with time; a transcript said twice has twice the fillers; long
 * pauses are exactly the gaps of two seconds or more; pace and length verdicts follow the band
 * and the limit.
 */
import fc from "fast-check";
import { analyzeDelivery } from "@/lib/delivery";
import { deliveryReportSchema, type DeliveryReport } from "@/lib/validations/delivery";

const RUNS = { numRuns: 150 };

// Realistic pieces: plain words, fillers, hedges and their innocent look-alikes.
const VOCAB = [
  "cache",
  "the",
  "index",
  "latency",
  "we",
  "I",
  "like",
  "so",
  "you",
  "know",
  "mean",
  "kind",
  "sort",
  "of",
  "um",
  "uh",
  "well",
  "right",
  "okay",
  "think",
  "maybe",
  "probably",
  "basically",
  "what",
  "do",
  "as",
  "far",
  "not",
  "sure",
  "I'm",
  "guess",
  "actually",
  "literally",
  "that",
  "is",
];
const PUNCT = ["", "", "", ",", ".", "?", "!", " -", ";"];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...PUNCT)), {
    minLength: 1,
    maxLength: 25,
  })
  .map((ws) => `${ws.map(([w, p]) => w + p).join(" ")}.`);
const transcript = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(" "));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  transcript,
);
const mode = fc.constantFrom("spoken" as const, "typed" as const);

function checkWellFormed(text: string, r: DeliveryReport) {
  expect(deliveryReportSchema.safeParse(r).success).toBe(true);
  expect(r.fillers.count + r.hedges.count).toBeLessThanOrEqual(r.wordCount);
  const all = [...r.fillers.occurrences, ...r.hedges.occurrences].sort((a, b) => a.start - b.start);
  all.forEach((o, i) => {
    expect(o.start).toBeLessThan(o.end);
    expect(o.end).toBeLessThanOrEqual(text.length);
    // No word belongs to two occurrences.
    if (i > 0) expect(o.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
  });
  expect(r.fillers.terms.reduce((n, t) => n + t.count, 0)).toBe(r.fillers.count);
}

describe("delivery properties", () => {
  it("never throws on any text and always gives a well-formed report", () => {
    fc.assert(
      fc.property(
        anyText,
        mode,
        fc.option(fc.double({ min: 0, max: 3600, noNaN: true })),
        (text, m, d) => {
          const r = analyzeDelivery({ mode: m, transcript: text, durationSeconds: d });
          checkWellFormed(text, r);
        },
      ),
      RUNS,
    );
  });

  it("each occurrence slices back to the words of its term", () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const r = analyzeDelivery({ mode: "typed", transcript: text });
        for (const o of [...r.fillers.occurrences, ...r.hedges.occurrences]) {
          const words = text.slice(o.start, o.end).toLowerCase().split(/[\s]+/);
          const termWords = o.term.split(" ");
          expect(words).toHaveLength(termWords.length);
        }
      }),
      RUNS,
    );
  });

  it("per-minute rates are counts over measured minutes and halve when the time doubles", () => {
    fc.assert(
      fc.property(transcript, fc.double({ min: 5, max: 1800, noNaN: true }), (text, seconds) => {
        const once = analyzeDelivery({
          mode: "spoken",
          transcript: text,
          durationSeconds: seconds,
        });
        const twice = analyzeDelivery({
          mode: "spoken",
          transcript: text,
          durationSeconds: seconds * 2,
        });
        for (const k of ["fillers", "hedges"] as const) {
          expect(once[k].perMinute).toBeCloseTo((once[k].count * 60) / seconds, 1);
          expect(twice[k].count).toBe(once[k].count);
          expect(Math.abs(twice[k].perMinute * 2 - once[k].perMinute)).toBeLessThanOrEqual(0.11);
        }
      }),
      RUNS,
    );
  });

  it("a transcript said twice has twice the fillers and hedges of each term", () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const once = analyzeDelivery({ mode: "typed", transcript: text });
        const twice = analyzeDelivery({ mode: "typed", transcript: `${text}\n${text}` });
        expect(twice.wordCount).toBe(2 * once.wordCount);
        for (const k of ["fillers", "hedges"] as const) {
          expect(twice[k].terms).toEqual(once[k].terms.map((t) => ({ ...t, count: 2 * t.count })));
          // The rate per estimated minute does not change with repetition.
          expect(Math.abs(twice[k].perMinute - once[k].perMinute)).toBeLessThanOrEqual(0.11);
        }
      }),
      RUNS,
    );
  });

  it("long pauses are exactly the silences of two seconds or more between words", () => {
    const gap = fc.oneof(
      fc.double({ min: 0, max: 1.9, noNaN: true }),
      fc.double({ min: 2, max: 20, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0.05, max: 1.5, noNaN: true }), gap), {
          minLength: 1,
          maxLength: 60,
        }),
        (lead, plan) => {
          let t = lead;
          const words = plan.map(([length, after]) => {
            const w = { word: "word", start: t, end: t + length };
            t += length + after;
            return w;
          });
          const expected = plan.slice(0, -1).filter(([, after]) => after >= 2).length;
          const r = analyzeDelivery({
            mode: "spoken",
            transcript: words.map((w) => w.word).join(" "),
            durationSeconds: t + 5,
            words: [...words].reverse(),
          });
          expect(r.pauses.measured).toBe(true);
          if (!r.pauses.measured) return;
          expect(r.pauses.count).toBe(expected);
          const span = words.at(-1)!.end - words[0]!.start;
          expect(r.pauses.totalSeconds).toBeLessThanOrEqual(span + 0.01);
          for (const p of r.pauses.pauses) expect(p.seconds).toBeGreaterThanOrEqual(1.99);
        },
      ),
      RUNS,
    );
  });

  it("pace follows the band and falls as the same words take longer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 15, max: 600 }),
        fc.double({ min: 8, max: 600, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (n, seconds, stretch) => {
          const text = Array.from({ length: n }, () => "cache").join(" ");
          const a = analyzeDelivery({ mode: "spoken", transcript: text, durationSeconds: seconds });
          const b = analyzeDelivery({
            mode: "spoken",
            transcript: text,
            durationSeconds: seconds * stretch,
          });
          if (!a.pace.measured || !b.pace.measured) throw new Error("pace not measured");
          expect(b.pace.wordsPerMinute).toBeLessThanOrEqual(a.pace.wordsPerMinute);
          const wpm = a.pace.wordsPerMinute;
          expect(a.pace.verdict).toBe(wpm < 130 ? "slow" : wpm > 160 ? "fast" : "good");
        },
      ),
      RUNS,
    );
  });

  it("an answer runs out exactly when it reaches the limit, and more words never make it shorter", () => {
    fc.assert(
      fc.property(
        mode,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 10, max: 900 }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        (m, n, extra, limit, share) => {
          const used = limit * share;
          const text = (k: number) => Array.from({ length: k }, () => "queue").join(" ");
          const run = (k: number) =>
            analyzeDelivery({
              mode: m,
              transcript: text(k),
              durationSeconds: used,
              timeLimitSeconds: limit,
            }).length;
          const margin = Math.max(1, 0.02 * limit);
          expect(run(n).verdict === "ran_out").toBe(used >= limit - margin);
          if (run(n).verdict === "good") expect(run(n + extra).verdict).toBe("good");
        },
      ),
      RUNS,
    );
  });
});

describe("delivery edge cases", () => {
  it("a vanishing duration falls back to estimated rates instead of infinite ones", () => {
    for (const seconds of [1.53e-322, 1e-9, 0.5]) {
      const r = analyzeDelivery({
        mode: "spoken",
        transcript: "probably cache.",
        durationSeconds: seconds,
      });
      expect(r.rateBasis).toBe("estimated");
      expect(Number.isFinite(r.hedges.perMinute)).toBe(true);
      expect(deliveryReportSchema.safeParse(r).success).toBe(true);
    }
  });
});
