/**
 * Job descriptions through the API: pasted text (or page HTML) → required / nice-to-have skills,
 * and the match report against the caller's resume (primary by default, or a named version).
 */
import { rmSync } from "node:fs";
import { closeCache } from "@/lib/cache";
import { isSealed } from "@/lib/crypto/sealed-field";
import { db, disconnectDb } from "@/lib/db/client";
import {
  openJobDescriptionFields,
  rotateJobDescriptionKeys,
} from "@/lib/job-descriptions/sealed-fields";
import { DecryptionError } from "@/lib/crypto";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";
import { temporaryRoot } from "@/lib/resumes/storage/disk-store";
import { api, newUser, upload } from "../helpers/api-client";
import { textPdf } from "../helpers/resume-files";

jest.setTimeout(120_000);

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
  rmSync(temporaryRoot(), { recursive: true, force: true });
});

const JOB = `Senior Backend Engineer – Payments
About us
We are a fintech scale-up in Berlin.
Requirements
• 5+ years of experience building backend services
• Strong TypeScript and Node.js
• PostgreSQL and Kafka in production
• Experience with Kubernetes
Nice to have
• Golang is a plus
• Terraform
• Machine learning experience
Benefits
• Free Spotify subscription`;

const RESUME = [
  "Ana Kowalczyk",
  "Experience",
  "Senior Backend Engineer, Fintrail GmbH, Berlin",
  "Jan 2017 – Present",
  "Built payment services in TypeScript and Node.js on PostgreSQL with RabbitMQ.",
  "Skills",
  "TypeScript, Node.js, PostgreSQL, RabbitMQ, Docker",
];

async function readyResume(token: string, lines = RESUME) {
  const res = await upload(
    "/api/v1/resumes",
    { name: "cv.pdf", bytes: await textPdf(lines) },
    token,
  );
  await inProcessQueue().onIdle();
  return res.body.data.resume_id as number;
}

describe("job descriptions", () => {
  it("reads required and nice-to-have skills and matches them against the primary resume", async () => {
    const user = await newUser();
    const created = await api.post(
      "/api/v1/job-descriptions",
      { text: JOB, company: "Paystream" },
      user.token,
    );
    expect(created.status).toBe(201);
    const { requirements } = created.body.data;
    const required = requirements.required.map((s: { id: string }) => s.id);
    const nice = requirements.niceToHave.map((s: { id: string }) => s.id);
    expect(required).toEqual(
      expect.arrayContaining(["typescript", "nodejs", "postgresql", "kafka", "kubernetes"]),
    );
    expect(nice).toEqual(expect.arrayContaining(["go", "terraform"]));
    expect([...required, ...nice]).not.toContain("spotify");
    expect(requirements.minYears).toBe(5);
    const jobId = created.body.data.job_description_id as number;

    // No resume yet: the match says what to do.
    const early = await api.get(`/api/v1/job-descriptions/${jobId}/match`, user.token);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/upload a resume/i);

    const resumeId = await readyResume(user.token);
    const match = await api.get(`/api/v1/job-descriptions/${jobId}/match`, user.token);
    expect(match.status).toBe(200);
    const report = match.body.data;
    expect(report.resume_id).toBe(resumeId);
    const ids = (list: { id: string }[]) => list.map((s) => s.id);
    expect(ids(report.covered)).toEqual(expect.arrayContaining(["typescript", "postgresql"]));
    expect(report.covered.find((s: { id: string }) => s.id === "typescript").evidence).toMatch(
      /TypeScript/,
    );
    expect(ids(report.transferable)).toContain("kafka");
    expect(ids(report.missing)).toContain("machine-learning");
    expect(report.transferable.find((s: { id: string }) => s.id === "kafka").via.id).toBe(
      "rabbitmq",
    );
    // Every job skill is in exactly one bucket.
    const all = [...ids(report.covered), ...ids(report.transferable), ...ids(report.missing)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...required, ...nice].sort());
    expect(report.score).toBeGreaterThan(40);
    expect(report.score).toBeLessThan(100);
    expect(report.experience.meets).toBe(true);

    const list = await api.get("/api/v1/job-descriptions", user.token);
    expect(list.body.data.map((j: { job_description_id: number }) => j.job_description_id)).toEqual(
      [jobId],
    );
    const one = await api.get(`/api/v1/job-descriptions/${jobId}`, user.token);
    expect(one.body.data.text).toContain("Kafka");
  });

  it("matches a named resume version, and a better resume scores higher", async () => {
    const user = await newUser();
    const weak = await readyResume(user.token, [
      "Sam Doe",
      "Experience",
      "Barista, Cafe Uno, 2020 – 2024",
      "Skills: customer service, Excel",
    ]);
    const strong = await readyResume(user.token);
    const job = await api.post("/api/v1/job-descriptions", { text: JOB }, user.token);
    const id = job.body.data.job_description_id;
    const a = await api.get(`/api/v1/job-descriptions/${id}/match?resume_id=${weak}`, user.token);
    const b = await api.get(`/api/v1/job-descriptions/${id}/match?resume_id=${strong}`, user.token);
    expect(a.body.data.resume_id).toBe(weak);
    expect(b.body.data.score).toBeGreaterThan(a.body.data.score);
  });

  it("refuses text without requirements, bad input, and other users' data", async () => {
    const user = await newUser();
    const other = await newUser();
    const short = await api.post("/api/v1/job-descriptions", { text: "too short" }, user.token);
    expect(short.status).toBe(422);
    expect(short.body.error.details.text).toBeDefined();
    const noSkills = await api.post(
      "/api/v1/job-descriptions",
      {
        text: "We are looking for a friendly person to join our wonderful team in the city centre.",
      },
      user.token,
    );
    expect(noSkills.status).toBe(422);
    expect(noSkills.body.error.details.text[0]).toMatch(/no skills/i);
    const badUrl = await api.post(
      "/api/v1/job-descriptions",
      { text: JOB, url: "not a url" },
      user.token,
    );
    expect(badUrl.status).toBe(422);

    const html = await api.post(
      "/api/v1/job-descriptions",
      {
        text: `<h2>Requirements</h2><ul><li>Python and Django</li><li>AWS</li></ul><script>alert(1)</script>`,
      },
      user.token,
    );
    expect(html.status).toBe(201);
    expect(html.body.data.requirements.required.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(["python", "django", "aws"]),
    );
    const id = html.body.data.job_description_id;
    expect((await api.get(`/api/v1/job-descriptions/${id}`, other.token)).status).toBe(404);
    expect((await api.get(`/api/v1/job-descriptions/${id}/match`, other.token)).status).toBe(404);
    expect(
      (await api.get(`/api/v1/job-descriptions/${id}/match?resume_id=x`, user.token)).status,
    ).toBe(422);
    expect((await api.del(`/api/v1/job-descriptions/${id}`, other.token)).status).toBe(404);
    expect((await api.del(`/api/v1/job-descriptions/${id}`, user.token)).status).toBe(200);
    expect((await api.get(`/api/v1/job-descriptions/${id}`, user.token)).status).toBe(404);
  });

  it("keeps text, company and link encrypted at rest; rotation seals rows from before", async () => {
    const user = await newUser();
    const res = await api.post(
      "/api/v1/job-descriptions",
      { text: JOB, company: "Fintrail GmbH", url: "https://jobs.example.com/fintrail/42" },
      user.token,
    );
    expect(res.status).toBe(201);
    const id = res.body.data.job_description_id as number;
    const row = await db.jobDescription.findUniqueOrThrow({ where: { id } });
    for (const value of [row.text, row.company, row.url]) {
      expect(isSealed(value!)).toBe(true);
      expect(value).not.toMatch(/Fintrail|Kubernetes|example\.com/);
    }
    const read = await api.get(`/api/v1/job-descriptions/${id}`, user.token);
    expect(read.body.data).toMatchObject({
      company: "Fintrail GmbH",
      url: "https://jobs.example.com/fintrail/42",
      text: expect.stringContaining("Kubernetes"),
    });
    // A value moved to another row does not decrypt there (bound to row and column).
    expect(() => openJobDescriptionFields({ ...row, id: row.id + 1 })).toThrow(DecryptionError);
    expect(() => openJobDescriptionFields({ ...row, url: row.company })).toThrow(DecryptionError);

    // A row written before encryption still reads, and rotation encrypts it.
    await db.jobDescription.update({
      where: { id },
      data: { text: JOB, company: "Plain Co", url: null },
    });
    expect((await api.get(`/api/v1/job-descriptions/${id}`, user.token)).body.data.company).toBe(
      "Plain Co",
    );
    const report = await rotateJobDescriptionKeys();
    expect(report.failed).toBe(0);
    const rotated = await db.jobDescription.findUniqueOrThrow({ where: { id } });
    expect(isSealed(rotated.text) && isSealed(rotated.company!)).toBe(true);
    expect((await api.get(`/api/v1/job-descriptions/${id}`, user.token)).body.data).toMatchObject({
      company: "Plain Co",
      text: JOB,
    });
    // Nothing left to do: a second run writes nothing for this row.
    const again = await rotateJobDescriptionKeys();
    expect(again.failed).toBe(0);
    expect((await db.jobDescription.findUniqueOrThrow({ where: { id } })).text).toBe(rotated.text);
  });
});
