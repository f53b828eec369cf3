import { ZodError } from "zod";
import data from "@/lib/resumes/taxonomy/skills.json";
import { buildTaxonomy, getTaxonomy } from "@/lib/resumes/taxonomy";
import { matchSkills } from "@/lib/resumes/skill-matcher";

describe("skill taxonomy", () => {
  const taxonomy = getTaxonomy();

  it("has at least 500 skills across the areas resumes cover", () => {
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(500);
    const categories = new Set(taxonomy.skills.map((s) => s.category));
    for (const area of [
      "language",
      "frontend",
      "backend",
      "database",
      "cloud",
      "devops",
      "data",
      "ml",
      "security",
      "mobile",
      "design",
      "testing",
      "soft",
      "methodology",
    ]) {
      expect(categories.has(area)).toBe(true);
      expect(taxonomy.skills.filter((s) => s.category === area).length).toBeGreaterThanOrEqual(15);
    }
  });

  it("finds every skill by its own name in a skills list", () => {
    const missed = taxonomy.skills.filter((skill) => {
      const found = matchSkills([
        { number: 1, text: `Skills: ${skill.name}, SQL`, skillList: true },
      ]);
      return !found.some((m) => m.id === skill.id);
    });
    expect(missed.map((s) => s.name)).toEqual([]);
  });

  it("rejects data with duplicate ids, unknown categories or relations, and shared terms", () => {
    const base = structuredClone(data) as { skills: Record<string, unknown>[] };
    const bad = (mutate: (d: typeof base) => void) => {
      const copy = structuredClone(base);
      mutate(copy);
      return () => buildTaxonomy(copy);
    };
    expect(bad((d) => d.skills.push({ ...d.skills[0]! }))).toThrow(/Duplicate id/);
    expect(bad((d) => (d.skills[0]!.category = "astrology"))).toThrow(/Unknown category/);
    expect(bad((d) => (d.skills[0]!.related = ["no-such-skill"]))).toThrow(/Unknown related/);
    expect(bad((d) => (d.skills[1]!.aliases = [String(d.skills[0]!.name)]))).toThrow(/also names/);
    expect(bad((d) => (d.skills[0]!.id = "Not Kebab"))).toThrow(ZodError);
  });
});
