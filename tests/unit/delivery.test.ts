/**
 * Delivery feedback on real interview phrasing: which words count as fillers and hedges in
 * context, pace against the 130–160 band, long pauses from word and segment timings, and answer
 * length against the time limit, for spoken and typed answers.
 */
import { analyzeDelivery } from "@/lib/delivery";
import { AppError } from "@/lib/errors";
import type { DeliveryInput } from "@/lib/validations/delivery";

const spoken = (transcript: string, extra: Partial<DeliveryInput> = {}) =>
  analyzeDelivery({ mode: "spoken", transcript, durationSeconds: 60, ...extra });

const fillerTerms = (transcript: string) =>
  spoken(transcript).fillers.occurrences.map((o) => transcript.slice(o.start, o.end).toLowerCase());
const hedgeTerms = (transcript: string) =>
  spoken(transcript).hedges.occurrences.map((o) => transcript.slice(o.start, o.end).toLowerCase());

/** `n` plain words that contain no filler or hedge. */
const plain = (n: number) =>
  Array.from({ length: n }, (_, i) => ["cache", "queue", "index", "service"][i % 4]).join(" ");

describe("fillers in context", () => {
  it.each([
    ["Um, the first step is profiling. Uhh, then caching.", ["um", "uhh"]],
    ["It was, like, really slow under load.", ["like"]],
    ["I like Go for services like this.", []],
    ["It works like a queue in front of the database.", []],
    ["I'd like, um, to add a read replica.", ["um"]],
    ["So, the first thing I did was measure.", ["so"]],
    ["So I started with the slow queries.", ["so"]],
    ["So far we have two replicas. So many users hit it.", []],
    ["We measured it, so it works now.", []],
    ["You know, we shipped it on Friday.", ["you know"]],
    ["It was much faster, you know?", ["you know"]],
    ["Do you know how Redis persists data?", []],
    ["As you know, latency matters here.", []],
    ["Before you know it, the pool is exhausted.", []],
    ["It was slow, you know what I mean, under peak load.", ["you know what i mean"]],
    ["I mean, the index was missing.", ["i mean"]],
    ["That is what I mean by idempotent.", []],
    ["What kind of index would you add? A sort of B-tree.", []],
    ["It was kind of slow and sort of flaky.", ["kind of", "sort of"]],
    ["Well, the cache was cold. It went well.", ["well"]],
    ["Right, so the lock is held too long.", ["right", "so"]],
    ["The lock protects the counter, right? Is that right?", ["right"]],
    ["We basically rewrote it. It literally halved latency.", ["basically", "literally"]],
    ["Actually, the bug was in the retry loop. It actually worked.", ["actually"]],
    ["Okay, so first we profile.", ["okay", "so"]],
    ["And so on, and so forth.", []],
    ["Um, so the cache missed.", ["um", "so"]],
  ])("%s", (text, expected) => {
    expect(fillerTerms(text)).toEqual(expected);
  });

  it("counts typographic apostrophes and capitals like plain ones", () => {
    expect(hedgeTerms("I’M NOT SURE it scales. I’m not sure either.")).toEqual([
      "i’m not sure",
      "i’m not sure",
    ]);
  });
});

describe("hedges", () => {
  it.each([
    ["I think maybe we should shard.", ["i think maybe"]],
    ["I think the index is missing. Maybe not.", ["i think", "maybe"]],
    ["I think of a mutex as a lock with one key.", []],
    ["It's probably the GC. I guess we could tune it.", ["probably", "i guess"]],
    ["I'm not sure, but I don't know of a better way.", ["i'm not sure", "i don't know"]],
    ["If I remember correctly, Kafka keeps offsets per partition.", ["if i remember correctly"]],
    ["The p99 latency dropped from 900 ms to 120 ms.", []],
  ])("%s", (text, expected) => {
    expect(hedgeTerms(text)).toEqual(expected);
  });

  it("reports each term with its count, most frequent first", () => {
    const r = spoken("Maybe. Maybe. Probably. I guess.");
    expect(r.hedges.terms).toEqual([
      { term: "maybe", count: 2 },
      { term: "i guess", count: 1 },
      { term: "probably", count: 1 },
    ]);
  });
});

describe("rates and verdicts", () => {
  it("gives fillers and hedges per minute of measured speech", () => {
    const text = `Um, ${plain(40)}. Uh, ${plain(40)}. You know, ${plain(40)}. I think ${plain(20)}.`;
    const r = spoken(text, { durationSeconds: 90 });
    expect(r.rateBasis).toBe("measured");
    expect(r.fillers.count).toBe(3);
    expect(r.fillers.perMinute).toBe(2);
    expect(r.fillers.verdict).toBe("low");
    expect(r.hedges.perMinute).toBeCloseTo(0.7, 5);
    expect(r.fillers.per100Words).toBeCloseTo((3 * 100) / r.wordCount, 1);
  });

  it("never calls one slip a problem, and two at most noticeable, however short the answer", () => {
    const one = analyzeDelivery({ mode: "typed", transcript: `Probably ${plain(20)}.` });
    expect(one.hedges.perMinute).toBeGreaterThan(4);
    expect(one.hedges.verdict).toBe("low");
    const two = analyzeDelivery({
      mode: "typed",
      transcript: `Maybe ${plain(9)}. Maybe ${plain(9)}.`,
    });
    expect(two.hedges.perMinute).toBeGreaterThan(4);
    expect(two.hedges.verdict).toBe("moderate");
    const three = analyzeDelivery({
      mode: "typed",
      transcript: `Maybe. Maybe. Maybe ${plain(20)}.`,
    });
    expect(three.hedges.verdict).toBe("high");
  });

  it("calls many fillers a minute high", () => {
    const text = Array.from({ length: 10 }, () => `Um, ${plain(12)}.`).join(" ");
    const r = spoken(text, { durationSeconds: 60 });
    expect(r.fillers.perMinute).toBe(10);
    expect(r.fillers.verdict).toBe("high");
  });
});

describe("pace", () => {
  it.each([
    [100, 60, "slow"],
    [145, 60, "good"],
    [130, 60, "good"],
    [160, 60, "good"],
    [200, 60, "fast"],
  ] as const)("%i words in %i s is %s", (words, seconds, verdict) => {
    const r = spoken(`${plain(words)}.`, { durationSeconds: seconds });
    expect(r.pace).toEqual({
      measured: true,
      wordsPerMinute: Math.round((words * 60) / seconds),
      verdict,
      band: { min: 130, max: 160 },
      speakingSeconds: seconds,
    });
  });

  it("measures from the first word to the last when word timings exist", () => {
    // 30 words over 11.9 s of speech inside a 20 s recording: 151 wpm, not 90.
    const words = Array.from({ length: 30 }, (_, i) => ({
      word: "cache",
      start: 4 + i * 0.4,
      end: 4 + i * 0.4 + 0.3,
    }));
    const r = spoken(`${plain(30)}.`, { durationSeconds: 20, words });
    expect(r.pace).toMatchObject({ measured: true, wordsPerMinute: 151, verdict: "good" });
  });

  it("is not measured for typed answers, without a duration, or for a few words", () => {
    expect(analyzeDelivery({ mode: "typed", transcript: plain(80) }).pace).toEqual({
      measured: false,
      reason: "typed",
    });
    expect(spoken(plain(80), { durationSeconds: null }).pace).toEqual({
      measured: false,
      reason: "no_duration",
    });
    expect(spoken("Yes, a mutex.", { durationSeconds: 3 }).pace).toEqual({
      measured: false,
      reason: "too_little_speech",
    });
  });
});

describe("long pauses", () => {
  const word = (start: number, end: number) => ({ word: "x", start, end });

  it("finds silences of two seconds or more between words, not before or after them", () => {
    const words = [word(1.5, 2), word(2.1, 2.5), word(5.5, 6), word(6.2, 6.6), word(8.7, 9)];
    const r = spoken(plain(5), { durationSeconds: 14, words });
    expect(r.pauses).toEqual({
      measured: true,
      source: "words",
      thresholdSeconds: 2,
      count: 2,
      longestSeconds: 3,
      totalSeconds: 5.1,
      pauses: [
        { start: 2.5, end: 5.5, seconds: 3 },
        { start: 6.6, end: 8.7, seconds: 2.1 },
      ],
    });
  });

  it("uses segment timings when there are no word timings", () => {
    const segments = [
      { text: "First part.", start: 0, end: 4 },
      { text: "Second part.", start: 7.5, end: 10 },
    ];
    const r = spoken("First part. Second part.", { segments });
    expect(r.pauses).toMatchObject({ measured: true, source: "segments", count: 1 });
  });

  it("is not measured for typed answers or without timings", () => {
    expect(analyzeDelivery({ mode: "typed", transcript: "x" }).pauses).toEqual({
      measured: false,
      reason: "typed",
    });
    expect(spoken("x").pauses).toEqual({ measured: false, reason: "no_timings" });
  });
});

describe("length against the time limit", () => {
  it("says a spoken answer that stopped at the limit ran out of time", () => {
    expect(spoken(plain(300), { durationSeconds: 119, timeLimitSeconds: 120 }).length).toEqual({
      verdict: "ran_out",
      wordCount: 300,
      usedSeconds: 119,
      limitSeconds: 120,
      minimumSeconds: 36,
      minimumWords: 40,
    });
  });

  it("calls a spoken answer too short under 30 % of the limit (at most a minute)", () => {
    expect(spoken(plain(60), { durationSeconds: 30, timeLimitSeconds: 120 }).length.verdict).toBe(
      "too_short",
    );
    expect(spoken(plain(120), { durationSeconds: 50, timeLimitSeconds: 120 }).length.verdict).toBe(
      "good",
    );
    // With five minutes a one-minute answer is enough.
    expect(spoken(plain(150), { durationSeconds: 61, timeLimitSeconds: 300 }).length.verdict).toBe(
      "good",
    );
  });

  it("judges typed and untimed answers by their words", () => {
    const typed = (n: number) =>
      analyzeDelivery({ mode: "typed", transcript: plain(n), timeLimitSeconds: 180 }).length;
    expect(typed(25).verdict).toBe("too_short");
    expect(typed(90)).toMatchObject({ verdict: "good", minimumSeconds: null, usedSeconds: null });
    expect(spoken(plain(90), { timeLimitSeconds: null, durationSeconds: 40 }).length.verdict).toBe(
      "good",
    );
  });

  it("says a typed answer submitted when the clock ran out ran out", () => {
    const r = analyzeDelivery({
      mode: "typed",
      transcript: plain(70),
      durationSeconds: 180,
      timeLimitSeconds: 180,
    });
    expect(r.length.verdict).toBe("ran_out");
  });
});

describe("typed answers", () => {
  it("rates fillers as if the answer were read aloud at 145 wpm", () => {
    const text = `Basically, ${plain(144)}.`;
    const r = analyzeDelivery({ mode: "typed", transcript: text, durationSeconds: 600 });
    expect(r.rateBasis).toBe("estimated");
    expect(r.minutes).toBe(1);
    expect(r.fillers.perMinute).toBe(1);
  });
});

describe("input", () => {
  it("rejects impossible timings with field details", () => {
    const bad = () =>
      analyzeDelivery({
        mode: "spoken",
        transcript: "x",
        durationSeconds: -1,
        words: [{ word: "x", start: 2, end: 1 }],
      });
    expect(bad).toThrow(AppError);
    try {
      bad();
    } catch (error) {
      expect((error as AppError).details).toEqual(
        expect.objectContaining({
          durationSeconds: expect.any(Array),
          "words.0.end": expect.any(Array),
        }),
      );
    }
  });

  it("handles an empty transcript", () => {
    const r = spoken("", { durationSeconds: 0 });
    expect(r.wordCount).toBe(0);
    expect(r.fillers).toMatchObject({ count: 0, perMinute: 0, per100Words: 0 });
    expect(r.length.verdict).toBe("too_short");
  });
});

describe("edge inputs", () => {
  it("counts a gap of exactly two seconds as a long pause (floating-point sums land a hair under)", () => {
    const words = [
      { word: "so", start: 0, end: 0.05 },
      { word: "then", start: 2.05, end: 2.1 },
      { word: "we", start: 4.1, end: 4.15 },
    ];
    const r = spoken("so then we", { words });
    expect(r.pauses.measured && r.pauses.count).toBe(2);
  });

  it("analyses a transcript holding a NUL or half a surrogate pair instead of refusing it", () => {
    const r = spoken("um \u0000 so \uD800 basically we shipped it");
    expect(r.fillers.count).toBeGreaterThan(0);
    expect(r.wordCount).toBeGreaterThan(3);
  });
});
