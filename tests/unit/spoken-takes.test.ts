import fc from "fast-check";
import {
  appendTranscript,
  combineTakes,
  type SpokenTake,
} from "@/components/interview/spoken-takes";

const take = (transcript: string, durationSeconds: number | null, at = 0): SpokenTake => ({
  transcript,
  durationSeconds,
  words: transcript
    .split(" ")
    .filter(Boolean)
    .map((word, i) => ({ word, start: at + i * 0.5, end: at + i * 0.5 + 0.4 })),
  segments: [],
});

describe("combineTakes", () => {
  it("is undefined when nothing was said", () => {
    expect(combineTakes([])).toBeUndefined();
    expect(combineTakes([take("  ", 3)])).toBeUndefined();
  });

  it("lays the takes end to end: later timings shift by the recorded length before them", () => {
    const combined = combineTakes([take("add an index", 4), take("then cache", 2, 0.5)])!;
    expect(combined.transcript).toBe("add an index\nthen cache");
    expect(combined.duration_seconds).toBe(6);
    expect(combined.words.map((w) => w.start)).toEqual([0, 0.5, 1, 4.5, 5]);
  });

  it("carries the kept recordings of the takes that said something, in order", () => {
    const combined = combineTakes([
      { ...take("add an index", 4), recordingId: 7 },
      { ...take("", 1), recordingId: 8 },
      take("then cache", 2),
      { ...take("and measure", 2), recordingId: 9 },
    ])!;
    expect(combined.recording_ids).toEqual([7, 9]);
  });

  it("has no duration when a take's length is unknown, yet keeps the timings in order", () => {
    const combined = combineTakes([take("one two", null), take("three", 1)])!;
    expect(combined.duration_seconds).toBeNull();
    expect(combined.words.map((w) => w.word)).toEqual(["one", "two", "three"]);
    expect(combined.words[2]!.start).toBeGreaterThanOrEqual(combined.words[1]!.end);
  });

  it("keeps every word, in time order, whatever the takes", () => {
    const takeArb = fc
      .tuple(
        fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 8 }),
        fc.option(fc.double({ min: 5, max: 60, noNaN: true })),
      )
      .map(([words, duration]) => take(words.join(" "), duration));
    fc.assert(
      fc.property(fc.array(takeArb, { maxLength: 5 }), (takes) => {
        const combined = combineTakes(takes);
        const total = takes.reduce((n, t) => n + t.words.length, 0);
        if (total === 0) return combined === undefined;
        const starts = combined!.words.map((w) => w.start);
        return (
          combined!.words.length === total && starts.every((s, i) => i === 0 || s >= starts[i - 1]!)
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("appendTranscript", () => {
  it("adds recognised text after what is there, with one space", () => {
    expect(appendTranscript("", " hello ")).toBe("hello");
    expect(appendTranscript("First part.", "second")).toBe("First part. second");
    expect(appendTranscript("Line\n", "next")).toBe("Line\nnext");
    expect(appendTranscript("keep", "   ")).toBe("keep");
  });
});
