import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ScoreBar } from "@/components/ui/score-bar";
import type { JobMatchReport } from "@/lib/validations/job-description";

const RELATION: Record<JobMatchReport["transferable"][number]["relation"], string> = {
  related: "closely related",
  family: "same kind of tool",
  category: "same area",
};

const Importance = ({ value }: { value: "required" | "nice" }) => (
  <Badge variant={value === "required" ? "secondary" : "outline"}>
    {value === "required" ? "required" : "nice to have"}
  </Badge>
);

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

/** The match of a resume against a job: score, its parts, and every skill in one bucket. */
export function JobMatchReportView({
  report,
}: {
  report: JobMatchReport & { resume_filename: string };
}) {
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Match score: {report.score}/100</CardTitle>
          <CardDescription>Against {report.resume_filename}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <ScoreBar score={report.score} label="Overall match" />
          <dl className="grid grid-cols-3 gap-2 text-sm">
            <div>
              <dt className="text-muted-foreground">Required skills</dt>
              <dd className="font-medium">{pct(report.breakdown.requiredCoverage)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Nice to have</dt>
              <dd className="font-medium">{pct(report.breakdown.niceCoverage)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Experience</dt>
              <dd className="font-medium">
                {report.experience.candidate !== null ? `${report.experience.candidate} yr` : "—"}
                {report.experience.required !== null ? ` of ${report.experience.required}+` : ""}
              </dd>
            </div>
          </dl>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {report.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Covered ({report.covered.length})</CardTitle>
            <CardDescription>Named in your resume.</CardDescription>
          </CardHeader>
          <CardContent>
            {report.covered.length === 0 ? (
              <p className="text-sm text-muted-foreground">None.</p>
            ) : null}
            <ul className="grid gap-2 text-sm">
              {report.covered.map((s) => (
                <li key={s.id} className="grid gap-0.5">
                  <span className="flex flex-wrap items-center gap-1.5 font-medium">
                    {s.name} <Importance value={s.importance} />
                  </span>
                  {s.evidence ? (
                    <q className="text-xs text-muted-foreground">{s.evidence}</q>
                  ) : null}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Transferable ({report.transferable.length})</CardTitle>
            <CardDescription>Bridged by a skill you have.</CardDescription>
          </CardHeader>
          <CardContent>
            {report.transferable.length === 0 ? (
              <p className="text-sm text-muted-foreground">None.</p>
            ) : null}
            <ul className="grid gap-2 text-sm">
              {report.transferable.map((s) => (
                <li key={s.id} className="grid gap-0.5">
                  <span className="flex flex-wrap items-center gap-1.5 font-medium">
                    {s.name} <Importance value={s.importance} />
                  </span>
                  <span className="text-xs text-muted-foreground">
                    via {s.via.name} ({RELATION[s.relation]})
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Missing ({report.missing.length})</CardTitle>
            <CardDescription>Worth learning or showing.</CardDescription>
          </CardHeader>
          <CardContent>
            {report.missing.length === 0 ? (
              <p className="text-sm text-muted-foreground">None.</p>
            ) : null}
            <ul className="grid gap-2 text-sm">
              {report.missing.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-1.5 font-medium">
                  {s.name} <Importance value={s.importance} />
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
