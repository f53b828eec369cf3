/**
 * The labelled resume generator behind `npm run bench:resume`: varied, deterministic, real
 * files; labels that only claim what the text says (every sentence template is checked against
 * the taxonomy's vocabulary); and extraction meeting the targets on a fresh seed.
 */
import { generateResumeFixtures } from "../../scripts/lib/resume-fixtures";
import { labelled, PERSONA_KINDS } from "../../scripts/lib/resume-fixtures/persona";
import * as pools from "../../scripts/lib/resume-fixtures/pools";
import { LAYOUTS } from "../../scripts/lib/resume-fixtures/render";
import { benchFigures, scoreFile } from "../../scripts/lib/resume-fixtures/score";
import { coveredMonths, monthIndex } from "@/lib/resumes/dates/month-range";
import { checkResumeFile } from "@/lib/resumes/file-type";
import { extractResumeText } from "@/lib/resumes/extract-text";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import { escapeRegExp, fold } from "@/lib/resumes/text-fold";

const toMonth = (yyyyMm: string) => {
  const [y, m] = yyyyMm.split("-").map(Number);
  return monthIndex(y!, m! - 1);
};

describe("resume fixture generator", () => {
  let fixtures: Awaited<ReturnType<typeof generateResumeFixtures>>;
  beforeAll(async () => {
    fixtures = await generateResumeFixtures({ seed: 5, count: 36 });
  });

  it("writes at least 30 varied, real PDF and DOCX resumes", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    const labels = fixtures.map((f) => f.labels);
    expect(new Set(labels.map((l) => l.kind))).toEqual(new Set(PERSONA_KINDS));
    expect(new Set(labels.map((l) => l.layout))).toEqual(new Set(LAYOUTS));
    expect(new Set(labels.map((l) => l.format))).toEqual(new Set(["pdf", "docx"]));
    expect(new Set(labels.map((l) => l.language))).toEqual(new Set(["en", "de", "fr", "es"]));
    expect(new Set(labels.map((l) => l.dateFormat)).size).toBeGreaterThanOrEqual(5);
    for (const f of fixtures) expect(checkResumeFile(f.fileName, f.bytes)).toBe(f.labels.format);
    const ids = new Set(getTaxonomy().skills.map((s) => s.id));
    for (const l of labels) for (const id of l.expectedSkills) expect(ids.has(id)).toBe(true);
  });

  it("labels total years as the months the roles cover, overlaps once", () => {
    for (const { labels } of fixtures) {
      const months = new Set<number>();
      for (const r of labels.roles)
        for (let m = toMonth(r.start); m <= toMonth(r.end); m++) months.add(m);
      expect(labels.totalYears).toBeCloseTo(months.size / 12, 2);
      const ranges = labels.roles.map((r) => ({ start: toMonth(r.start), end: toMonth(r.end) }));
      expect(coveredMonths(ranges)).toBe(months.size);
    }
    expect(fixtures.some((f) => f.labels.kind === "overlap")).toBe(true);
  });

  it("is deterministic: the same seed gives the same resumes, another seed others", async () => {
    const again = await generateResumeFixtures({ seed: 5, count: 6 });
    const other = await generateResumeFixtures({ seed: 6, count: 6 });
    for (let i = 0; i < 6; i++) {
      expect(again[i]!.labels).toEqual(fixtures[i]!.labels);
      if (again[i]!.labels.format === "pdf") {
        expect(Buffer.from(again[i]!.bytes).equals(Buffer.from(fixtures[i]!.bytes))).toBe(true);
      } else {
        const [a, b] = await Promise.all(
          [again[i]!, fixtures[i]!].map((f) => extractResumeText(f.bytes, "docx")),
        );
        expect(a!.text).toBe(b!.text);
      }
    }
    expect(other.map((f) => f.labels.expectedSkills)).not.toEqual(
      fixtures.slice(0, 6).map((f) => f.labels.expectedSkills),
    );
  });

  it("meets the extraction targets on a seed the bench does not use", async () => {
    const fresh = await generateResumeFixtures({ seed: 4242, count: 20 });
    const scores = await Promise.all(fresh.map((f) => scoreFile(f.fileName, f.bytes, f.labels)));
    const figures = benchFigures(scores);
    expect(scores.filter((s) => s.failure)).toEqual([]);
    expect(figures.precision).toBeGreaterThanOrEqual(0.9);
    expect(figures.recall).toBeGreaterThanOrEqual(0.85);
    expect(figures.yearsMae).toBeLessThanOrEqual(1);
  });
});

describe("fixture text names only the skills its labels list", () => {
  const taxonomy = getTaxonomy();
  const terms = taxonomy.terms.map((t) => ({
    ...t,
    folded: fold(t.text),
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(t.text)}(?![\\p{L}\\p{N}+#])`,
      t.mode === "plain" || t.mode === "contextualAnyCase" ? "iu" : "u",
    ),
  }));
  const named = (text: string) => {
    const folded = fold(text);
    return [
      ...new Set(
        terms
          .filter((t) => folded.includes(t.folded) && t.pattern.test(text))
          .map((t) => t.skillId),
      ),
    ];
  };

  /** Words the pools use on purpose that a skill matcher must not take for skills. */
  const TRAPS: Record<string, string[]> = {
    "Go (the board game), climbing": ["go"],
    Shell: ["bash"],
    Oracle: ["oracle-db"],
    "Spring Health": ["spring"],
    "Lumen Logistics": ["logistics"],
    "Meridian Insurance": ["insurance"],
    "SOC Analyst": ["security-operations"],
    "Sous Chef": ["chef"],
    "Chef de Partie": ["chef"],
    "Head Chef": ["chef"],
    "Executive Chef": ["chef"],
    Julia: ["julia"],
    Ruby: ["ruby"],
    Cassandra: ["cassandra"],
    Ada: ["ada"],
    Pascal: ["pascal"],
    Jasmine: ["jasmine"],
    Maya: ["maya"],
    Karma: ["karma"],
    Jenkins: ["jenkins"],
    "Lumière Numérique SAS": ["sas"],
    "Mistral Logiciels SAS": ["sas"],
    "Nébuleuse Data SAS": ["sas"],
    "Oracle Certified Professional, Java SE 17 Developer": ["oracle-db"],
    Statistics: ["statistics"],
    "Chef de produit": ["chef"],
  };

  it("every sentence, name and heading the pools hold, apart from the listed traps", () => {
    const texts: { text: string; skills: string[] }[] = [];
    const add = (list: readonly string[]) =>
      list.forEach((text) => texts.push({ text, skills: [] }));
    for (const language of ["en", "de", "fr", "es"] as const) {
      add(pools.BULLETS[language].map((t) => t.replace(/\{\d\}/g, " ")));
      add(pools.PLAIN_BULLETS[language]);
      add(pools.SUMMARIES[language].map((t) => t.replace(/\{\w+\}/g, " ")));
      add(pools.INTERESTS[language]);
      add(pools.FOOTERS[language]);
      add(pools.SPOKEN[language]);
      add(pools.COMPANIES[language]);
      add(pools.UNIVERSITIES[language]);
      add(pools.CITIES[language]);
      add(pools.BREAKS[language]);
      add(pools.PROFICIENCY[language]);
      add(Object.values(pools.HEADINGS[language]).flat());
      add(Object.values(pools.DEGREES[language]).flat());
    }
    add(pools.FIRST_NAMES);
    add(pools.LAST_NAMES);
    for (const track of pools.TRACKS) {
      for (const base of [...track.bases, ...track.executive]) {
        for (const text of Object.values(base.text))
          texts.push({ text, skills: base.skills ?? [] });
      }
      for (const entry of [...track.certs, ...track.fields]) texts.push(labelled(entry));
    }
    const unexpected = texts
      .map(({ text, skills }) => ({
        text,
        extra: named(text).filter((id) => !skills.includes(id)),
      }))
      .filter(
        ({ text, extra }) =>
          extra.length > 0 && JSON.stringify(TRAPS[text]) !== JSON.stringify(extra),
      );
    expect(unexpected).toEqual([]);
    // Each trap still is one, so the list cannot go stale.
    for (const [text, ids] of Object.entries(TRAPS)) {
      expect({ text, ids: named(text).filter((id) => ids.includes(id)) }).toEqual({ text, ids });
    }
  });
});
