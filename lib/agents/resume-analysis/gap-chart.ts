import type { Taxonomy } from "@/lib/resumes/taxonomy";
import type { JobMatchReport } from "@/lib/validations/job-description";
import type { SkillGapChartRow } from "@/lib/validations/agents";

/**
 * The skill-gap chart: per category of the target's skills, how many are covered, transferable
 * and missing; categories with the most missing first. Every skill of the report lands in
 * exactly one row, so the row totals add up to the target's skill count.
 */
export function gapChart(report: JobMatchReport, taxonomy: Taxonomy): SkillGapChartRow[] {
  const rows = new Map<string, SkillGapChartRow>();
  const row = (skillId: string) => {
    const category = taxonomy.byId.get(skillId)?.category ?? "other";
    let entry = rows.get(category);
    if (!entry) {
      entry = {
        category,
        label: taxonomy.categories.get(category) ?? "Other",
        covered: 0,
        transferable: 0,
        missing: 0,
      };
      rows.set(category, entry);
    }
    return entry;
  };
  for (const s of report.covered) row(s.id).covered++;
  for (const s of report.transferable) row(s.id).transferable++;
  for (const s of report.missing) row(s.id).missing++;
  return [...rows.values()].sort(
    (a, b) =>
      b.missing - a.missing ||
      b.transferable - a.transferable ||
      b.covered - a.covered ||
      a.label.localeCompare(b.label),
  );
}
