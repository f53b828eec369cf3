import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import type { ResumeAnalysis } from "@/lib/validations/resume-analysis";

const SENIORITY: Record<string, string> = {
  intern: "Intern",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead / principal",
  executive: "Executive",
};

const TREND: Record<string, string> = {
  rising: "Rising",
  steady: "Steady",
  declining: "Stepping back",
  mixed: "Mixed",
  none: "Not enough roles to tell",
};

const yearMonth = (ym: string) => {
  const [y, m] = ym.split("-").map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleDateString("en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
};

const years = (months: number) =>
  months < 12 ? `${months} mo` : `${(months / 12).toFixed(months % 12 === 0 ? 0 : 1)} yr`;

/** What was read from a resume: skills by category (with the line each came from), experience,
 * education, certifications and what could not be read. Server component. */
export function ResumeAnalysisView({ analysis }: { analysis: ResumeAnalysis }) {
  const taxonomy = getTaxonomy();
  const { experience, education } = analysis;
  const byCategory = Object.entries(analysis.skillsByCategory).sort(
    (a, b) => b[1].length - a[1].length,
  );
  const skill = new Map(analysis.skills.map((s) => [s.id, s]));
  return (
    <div className="grid gap-6">
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat label="Experience" value={`${experience.totalYears.toFixed(1)} years`} />
        <Stat
          label="Seniority"
          value={
            experience.seniority ? (SENIORITY[experience.seniority] ?? experience.seniority) : "—"
          }
        />
        <Stat label="Skills found" value={String(analysis.skills.length)} />
      </div>

      {analysis.warnings.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">What we could not read</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {analysis.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>Skills</CardTitle>
          <CardDescription>
            Grouped by category; hover or focus a skill for the line it was read from.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {byCategory.length === 0 ? (
            <p className="text-sm text-muted-foreground">No skills from our taxonomy were found.</p>
          ) : (
            byCategory.map(([category, ids]) => (
              <div key={category} className="grid gap-2">
                <h3 className="text-sm font-medium">
                  {taxonomy.categories.get(category) ?? category}{" "}
                  <span className="text-muted-foreground">({ids.length})</span>
                </h3>
                <ul className="flex flex-wrap gap-1.5">
                  {ids.map((id) => {
                    const s = skill.get(id);
                    if (!s) return null;
                    return (
                      <li key={id}>
                        <Badge
                          variant={s.confidence >= 0.8 ? "default" : "secondary"}
                          title={`“${s.line}” (line ${s.lineNumber}) · confidence ${Math.round(s.confidence * 100)}%`}
                          tabIndex={0}
                        >
                          {s.name}
                        </Badge>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Experience</CardTitle>
          <CardDescription>
            Progression: {TREND[experience.progression.trend]}
            {experience.progression.promotions > 0
              ? ` · ${experience.progression.promotions} promotion${experience.progression.promotions === 1 ? "" : "s"}`
              : ""}
            {experience.progression.careerChange
              ? ` · moved from ${experience.progression.careerChange.from} to ${experience.progression.careerChange.to} work`
              : ""}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {experience.roles.length === 0 ? (
            <p className="text-sm text-muted-foreground">No dated roles were found.</p>
          ) : (
            <ol className="grid gap-3">
              {experience.roles.map((role) => (
                <li
                  key={`${role.lineNumber}-${role.start}`}
                  className="grid gap-0.5 border-l-2 pl-3"
                >
                  <span className="font-medium">{role.title ?? "Role"}</span>
                  <span className="text-sm text-muted-foreground">
                    {[role.company, role.location].filter(Boolean).join(" · ")}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {yearMonth(role.start)} – {role.ongoing ? "present" : yearMonth(role.end)} ·{" "}
                    {years(role.months)}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {experience.progression.gaps.length > 0 ? (
            <p className="mt-3 text-sm text-muted-foreground">
              Gaps:{" "}
              {experience.progression.gaps
                .map((g) => `${yearMonth(g.start)} – ${yearMonth(g.end)} (${g.months} months)`)
                .join("; ")}
            </p>
          ) : null}
        </CardContent>
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Education</CardTitle>
          </CardHeader>
          <CardContent>
            {education.entries.length === 0 ? (
              <p className="text-sm text-muted-foreground">None found.</p>
            ) : (
              <ul className="grid gap-2 text-sm">
                {education.entries.map((e) => (
                  <li key={e.lineNumber}>
                    <span className="font-medium">{e.degree ?? e.field ?? "Studies"}</span>
                    {e.institution ? (
                      <span className="block text-muted-foreground">{e.institution}</span>
                    ) : null}
                    {e.startYear || e.endYear ? (
                      <span className="block text-xs text-muted-foreground">
                        {[e.startYear, e.ongoing ? "present" : e.endYear]
                          .filter(Boolean)
                          .join(" – ")}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Certifications</CardTitle>
          </CardHeader>
          <CardContent>
            {analysis.certifications.length === 0 ? (
              <p className="text-sm text-muted-foreground">None found.</p>
            ) : (
              <ul className="grid gap-2 text-sm">
                {analysis.certifications.map((c) => (
                  <li key={c.lineNumber}>
                    <span className="font-medium">{c.name}</span>
                    <span className="block text-xs text-muted-foreground">
                      {[c.issuer, c.year].filter(Boolean).join(" · ")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card className="gap-1 py-4">
      <CardContent className="px-4">
        <p className="text-xs text-muted-foreground">{label}</p>
        <p className="text-xl font-semibold">{value}</p>
      </CardContent>
    </Card>
  );
}
