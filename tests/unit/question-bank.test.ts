import { BANK_ROLES, QUESTION_BANK } from "@/lib/ai/offline/bank";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

describe("built-in question bank", () => {
  it("has at least 300 questions, and 480 by coverage", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(300);
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(
      BANK_ROLES.length * CATEGORIES.length * DIFFICULTIES.length * 3,
    );
  });

  it("has at least 3 questions in every role × category × difficulty cell", () => {
    const missing: string[] = [];
    for (const role of BANK_ROLES) {
      for (const category of CATEGORIES) {
        for (const difficulty of DIFFICULTIES) {
          const n = QUESTION_BANK.filter(
            (q) => q.role === role && q.category === category && q.difficulty === difficulty,
          ).length;
          if (n < 3) missing.push(`${role} / ${category} / ${difficulty}: ${n}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(QUESTION_BANK.map((q) => [q.text.slice(0, 60), q] as const))(
    "question is well-formed: %s",
    (_label, q) => {
      expect((BANK_ROLES as readonly string[]).includes(q.role)).toBe(true);
      expect(CATEGORIES).toContain(q.category);
      expect(DIFFICULTIES).toContain(q.difficulty);
      expect(q.text).toBe(q.text.trim());
      expect(q.text.length).toBeGreaterThanOrEqual(10);
      expect(q.text.length).toBeLessThanOrEqual(500);
      expect(q.points.length).toBeGreaterThanOrEqual(3);
      expect(q.points.length).toBeLessThanOrEqual(6);
      for (const point of q.points) {
        expect(point.trim().length).toBeGreaterThan(0);
        expect(point.length).toBeLessThanOrEqual(300);
      }
      expect(new Set(q.points.map(normalise)).size).toBe(q.points.length);
      expect(Number.isInteger(q.timeLimitSeconds)).toBe(true);
      expect(q.timeLimitSeconds).toBeGreaterThanOrEqual(120);
      expect(q.timeLimitSeconds).toBeLessThanOrEqual(600);
    },
  );

  it("has no duplicate fingerprints", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const q of QUESTION_BANK) {
      const fp = questionFingerprint(q.role, q.text);
      if (seen.has(fp)) duplicates.push(`${q.role}: ${q.text}`);
      seen.set(fp, q.text);
    }
    expect(duplicates).toEqual([]);
  });

  it("has no duplicate text across the whole bank after normalisation", () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const q of QUESTION_BANK) {
      const key = normalise(q.text);
      if (seen.has(key)) duplicates.push(q.text);
      seen.add(key);
    }
    expect(duplicates).toEqual([]);
  });
});
