import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SessionSummary } from "@/lib/summaries/get-summary";

type Tailoring = NonNullable<SessionSummary["tailoring"]>;

/** A tailored session's summary: which of the job's skills (or targets) the answers showed. */
export function SkillsShownCard({ tailoring }: { tailoring: Tailoring }) {
  const { skills } = tailoring;
  const what = skills.basis === "job" ? "job skills" : "targeted skills";
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          {skills.basis === "job"
            ? `Skills for ${tailoring.job_title ?? "the job"}`
            : "Skills from your resume"}
        </CardTitle>
        <CardDescription>
          Your answers showed {skills.shown.length} of{" "}
          {skills.shown.length + skills.mentioned.length + skills.notShown.length} {what}: named in
          an answer that scored 50 or more, or asked about and answered with 70 or more.
          {tailoring.job_description_id ? (
            <>
              {" "}
              <Link href={`/jobs/${tailoring.job_description_id}`} className="underline">
                See the job match
              </Link>
            </>
          ) : null}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 md:grid-cols-3">
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-medium">Shown ({skills.shown.length})</h3>
          <ul className="grid gap-2 text-sm">
            {skills.shown.map((s) => (
              <li key={s.id} className="grid gap-0.5">
                <span className="flex flex-wrap items-center gap-1.5 font-medium">
                  {s.name}
                  <Badge variant="success">
                    Q{s.questionNumber} · {s.score}
                  </Badge>
                </span>
                {s.evidence ? (
                  <q className="text-xs text-muted-foreground">{s.evidence}</q>
                ) : (
                  <span className="text-xs text-muted-foreground">Answered its question well</span>
                )}
              </li>
            ))}
          </ul>
        </div>
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-medium">Mentioned only ({skills.mentioned.length})</h3>
          <ul className="grid gap-2 text-sm">
            {skills.mentioned.map((s) => (
              <li key={s.id} className="grid gap-0.5">
                <span className="font-medium">{s.name}</span>
                <span className="text-xs text-muted-foreground">
                  Q{s.questionNumber}
                  {s.score === null ? " · not scored yet" : ` · scored ${s.score}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-medium">Not shown ({skills.notShown.length})</h3>
          <ul className="flex flex-wrap gap-1.5">
            {skills.notShown.map((s) => (
              <li key={s.id}>
                <Badge variant="outline">{s.name}</Badge>
              </li>
            ))}
          </ul>
        </div>
      </CardContent>
    </Card>
  );
}
