import { extractJobRequirements, htmlToText, matchResumeToJob } from "@/lib/job-descriptions";
import { analyseResumeText } from "@/lib/resumes/analyse";
import { jobDescriptionInputSchema } from "@/lib/validations/job-description";

const JD = `Senior Backend Engineer (Go)

About us
We are a payments company in Berlin. We chat on Slack and plan in Notion.

What you'll do
- Design and build payment services in Go and PostgreSQL
- Run them on Kubernetes in AWS

Requirements
- 5+ years of professional software development experience
- Strong Go or Java skills; 3+ years with PostgreSQL
- Experience with Kafka and event-driven architecture
- Docker and CI/CD (GitHub Actions)
- Terraform is a plus

Nice to have
- gRPC
- Experience with Rust would be great
- Must have: English at C1 and Linux (required for on-call)

Benefits
- 30 days of vacation, Python workshops`;

describe("job description requirements", () => {
  const job = extractJobRequirements(JD);
  const required = job.required.map((s) => s.id);
  const nice = job.niceToHave.map((s) => s.id);

  it("reads required skills from requirements and responsibilities", () => {
    expect(required).toEqual(
      expect.arrayContaining([
        "go",
        "java",
        "postgresql",
        "kafka",
        "event-driven-architecture",
        "docker",
        "ci-cd",
        "github-actions",
        "kubernetes",
        "aws",
      ]),
    );
  });

  it("lets cue words overrule the section: 'a plus' is optional, 'must have' is required", () => {
    expect(nice).toEqual(expect.arrayContaining(["terraform", "grpc", "rust"]));
    expect(required).toContain("linux");
    expect(nice).not.toContain("linux");
    expect(required).not.toContain("terraform");
  });

  it("ignores skills named only under About us and Benefits", () => {
    for (const id of ["slack-api", "notion", "python"]) {
      expect([...required, ...nice]).not.toContain(id);
    }
  });

  it("reads the years asked, overall and per skill, the title and the seniority", () => {
    expect(job.minYears).toBe(5);
    expect(job.required.find((s) => s.id === "postgresql")?.years).toBe(3);
    expect(job.title).toBe("Senior Backend Engineer (Go)");
    expect(job.seniority).toBe("senior");
    const go = job.required.find((s) => s.id === "go")!;
    expect(go.lineNumber).toBeGreaterThan(0);
    expect(JD.split("\n")[go.lineNumber - 1]!.trim()).toBe(go.line);
  });

  it("reads a German job ad and HTML", () => {
    const de = extractJobRequirements(`Stellenanzeige: Data Engineer (m/w/d)
Deine Aufgaben
• Aufbau von Datenpipelines mit Apache Airflow und dbt
Dein Profil
• Mindestens 3 Jahre Berufserfahrung mit Python und SQL
• Erfahrung mit Snowflake oder BigQuery
Wünschenswert
• Kenntnisse in Kafka
Wir bieten
• Jobrad, Obstkorb und Power BI Schulungen`);
    expect(de.required.map((s) => s.id)).toEqual(
      expect.arrayContaining(["airflow", "dbt", "python", "sql", "snowflake", "bigquery"]),
    );
    expect(de.niceToHave.map((s) => s.id)).toEqual(["kafka"]);
    expect(de.minYears).toBe(3);
    expect([...de.required, ...de.niceToHave].map((s) => s.id)).not.toContain("power-bi");

    const html = `<h2>Requirements</h2><ul><li>React &amp; TypeScript</li><li>Jest</li></ul>
      <h2>Nice to have</h2><p>Next.js&nbsp;or Remix</p><script>var Kafka = 1;</script>`;
    expect(htmlToText(html)).toContain("• React & TypeScript");
    const fromHtml = extractJobRequirements(html);
    expect(fromHtml.required.map((s) => s.id).sort()).toEqual(["jest", "react", "typescript"]);
    expect(fromHtml.niceToHave.map((s) => s.id).sort()).toEqual(["nextjs", "remix"]);
  });

  it("warns when it finds nothing to go on", () => {
    const empty = extractJobRequirements(
      "We are looking for a motivated person to join our friendly team in Leeds.",
    );
    expect(empty.required).toEqual([]);
    expect(empty.warnings).toContain(
      "No skills from our taxonomy were found in this job description.",
    );
  });

  it("validates pasted input", () => {
    expect(jobDescriptionInputSchema.safeParse({ text: "too short" }).success).toBe(false);
    expect(jobDescriptionInputSchema.safeParse({ text: JD, url: "not a url" }).success).toBe(false);
    expect(jobDescriptionInputSchema.parse({ text: `  ${JD}  ` }).text).toBe(JD);
  });
});

describe("match report", () => {
  const job = extractJobRequirements(JD);
  const resume = analyseResumeText(
    `Jane Doe
Experience
Software Engineer, Acme GmbH, Jan 2022 – Present
- Built payment services in Java with MySQL and Docker on AWS; Jenkins pipelines
Skills: Java, Spring Boot, MySQL, Docker, Jenkins, RabbitMQ, Linux, Rust`,
    { now: new Date(Date.UTC(2026, 5, 1)) },
  );
  const report = matchResumeToJob(resume, job);
  const byId = <T extends { id: string }>(list: T[]) =>
    Object.fromEntries(list.map((s) => [s.id, s]));

  it("splits the job's skills into covered, transferable and missing", () => {
    expect(byId(report.covered)).toMatchObject({
      java: { importance: "required", evidence: expect.stringContaining("Java") },
      docker: { importance: "required" },
      aws: { importance: "required" },
      linux: { importance: "required" },
      rust: { importance: "nice" },
    });
    expect(byId(report.transferable)).toMatchObject({
      postgresql: { via: { id: "mysql" }, relation: "family" },
      "github-actions": { via: { id: "jenkins" }, relation: "family" },
      kafka: { via: { id: "rabbitmq" } },
    });
    expect(report.missing.map((s) => s.id)).toContain("event-driven-architecture");
    const all = [...report.covered, ...report.transferable, ...report.missing]
      .map((s) => s.id)
      .sort();
    expect(all).toEqual([...job.required, ...job.niceToHave].map((s) => s.id).sort());
  });

  it("scores 70% required, 15% nice-to-have and 15% experience, and explains it", () => {
    const { requiredCoverage, niceCoverage, experienceFit } = report.breakdown;
    expect(experienceFit).toBeCloseTo(4.5 / 5, 2);
    const expected = Math.round(
      100 * (0.7 * requiredCoverage! + 0.15 * niceCoverage! + 0.15 * experienceFit!),
    );
    expect(report.score).toBe(expected);
    expect(report.experience).toEqual({ required: 5, candidate: 4.5, meets: false });
    expect(report.explanation.join(" ")).toMatch(/Covers \d+ of \d+ required skills: .*Java/);
    expect(report.explanation.join(" ")).toMatch(/PostgreSQL ← MySQL \(close alternative\)/);
    expect(report.explanation.join(" ")).toMatch(/Experience: 4\.5 years against 5\+ asked\./);
  });

  it("scores a perfect match 100 and a job with nothing recognised 0", () => {
    const everything = [...job.required, ...job.niceToHave].map((s) => ({
      id: s.id,
      confidence: 0.9,
    }));
    expect(matchResumeToJob({ skills: everything, experience: { totalYears: 9 } }, job).score).toBe(
      100,
    );
    const nothing = extractJobRequirements(
      "We are hiring kind people who like to help customers every day.",
    );
    const empty = matchResumeToJob(resume, nothing);
    expect(empty.score).toBe(0);
    expect(empty.explanation.at(-1)).toMatch(/nothing to score/);
  });
});
