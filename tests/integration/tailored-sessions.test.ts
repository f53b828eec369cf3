/**
 * Tailored sessions through the API: a session started from a resume and a job description asks
 * bank questions on the job's skills and the resume's gaps, behavioural questions about the
 * candidate's own experience lines (kept out of everyone else's pools), and its summary says
 * which job skills the answers showed.
 */
import { rmSync } from "node:fs";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";
import { temporaryRoot } from "@/lib/resumes/storage/disk-store";
import { bankTagsOf } from "@/lib/tailoring/skill-tags";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import { api, newUser, upload } from "../helpers/api-client";
import { textPdf } from "../helpers/resume-files";

jest.setTimeout(180_000);

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
  rmSync(temporaryRoot(), { recursive: true, force: true });
});

const RESUME = [
  "Ana Kowalczyk",
  "Experience",
  "Senior Backend Engineer, Fintrail GmbH, Berlin",
  "Jan 2019 – Present",
  "• Led the migration of the payment ledger to PostgreSQL, cutting reconciliation time by 40%",
  "• Built event-driven settlement services in TypeScript and Node.js with RabbitMQ",
  "Backend Engineer, Shopwise, Warsaw",
  "Mar 2015 – Dec 2018",
  "• Designed a Python order API serving 2 million requests a day",
  "Skills",
  "TypeScript, Node.js, PostgreSQL, RabbitMQ, Python, Docker",
];

const JOB = `Senior Backend Engineer
Requirements
• 5+ years building backend services
• TypeScript and Node.js
• PostgreSQL and Kafka in production
• Kubernetes and AWS
Nice to have
• Terraform`;

async function setup() {
  const user = await newUser();
  const res = await upload(
    "/api/v1/resumes",
    { name: "cv.pdf", bytes: await textPdf(RESUME) },
    user.token,
  );
  await inProcessQueue().onIdle();
  const job = await api.post("/api/v1/job-descriptions", { text: JOB }, user.token);
  return {
    user,
    resumeId: res.body.data.resume_id as number,
    jobId: job.body.data.job_description_id as number,
  };
}

const sessionQuestions = (sessionId: number) =>
  db.sessionQuestion.findMany({
    where: { sessionId },
    orderBy: { displayOrder: "asc" },
    include: { question: true },
  });

describe("tailored sessions", () => {
  it("targets the job's skills and gaps, asks about the candidate's own lines, and reports skills shown", async () => {
    const { user, resumeId, jobId } = await setup();
    const created = await api.post(
      "/api/v1/interviews",
      {
        role: "Backend Engineer",
        difficulty: "Medium",
        question_count: 6,
        categories: ["Technical", "Behavioral"],
        resume_id: resumeId,
        job_description_id: jobId,
      },
      user.token,
    );
    expect(created.status).toBe(201);
    const { tailoring, session_id: sessionId } = created.body.data;
    expect(tailoring).toMatchObject({ resumeId, jobDescriptionId: jobId });
    // Gaps first: AWS (missing), Kafka (bridged from RabbitMQ), then the required skills to prove.
    const reasons = tailoring.targets.map((t: { id: string; reason: string }) => [t.id, t.reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ["aws", "gap"],
        ["kafka", "bridge"],
        ["typescript", "proof"],
      ]),
    );
    const firstProof = reasons.findIndex(([, r]: string[]) => r === "proof");
    expect(reasons.slice(0, firstProof).every(([, r]: string[]) => r !== "proof")).toBe(true);

    const rows = await sessionQuestions(sessionId);
    expect(rows).toHaveLength(6);
    // The categories asked for share the session evenly (personal questions are behavioural).
    expect(rows.filter((r) => r.question.category === "Technical")).toHaveLength(3);
    expect(rows.filter((r) => r.question.category === "Behavioral")).toHaveLength(3);
    const personal = rows.filter((r) => r.question.source === "personal");
    expect(personal.length).toBeGreaterThanOrEqual(1);
    expect(tailoring.experienceQuestions).toBe(personal.length);
    for (const r of personal) {
      expect(r.question.ownerUserId).toBe(user.id);
      expect(r.question.category).toBe("Behavioral");
      // Quotes one of the candidate's own lines.
      expect(
        RESUME.some(
          (line) => line.startsWith("•") && r.question.questionText.includes(line.slice(2, 40)),
        ),
      ).toBe(true);
      // …but only when read: at rest the text, points and fingerprint give none of it away.
      const [raw] = await db.$queryRaw<{ row: string }[]>`
        SELECT row_to_json(q)::text AS row FROM questions q WHERE id = ${r.question.id}`;
      expect(raw!.row).toContain('"question_text":"v1.');
      expect(raw!.row).toMatch(/"expected_answer_points":\{"sealed": ?"v1\./);
      for (const line of RESUME.filter((l) => l.startsWith("•"))) {
        expect(raw!.row).not.toContain(line.slice(2, 30));
      }
      expect(raw!.row).not.toContain("Fintrail");
    }
    // The API shows the candidate the question as written.
    const shown = await api.get(`/api/v1/interviews/${sessionId}`, user.token);
    expect(JSON.stringify(shown.body)).not.toContain('"v1.');
    // The bank questions work on the targets.
    const taxonomy = getTaxonomy();
    const targetTags = new Set(
      tailoring.targets.flatMap((t: { id: string }) => bankTagsOf(taxonomy.byId.get(t.id)!)),
    );
    const bank = rows.filter((r) => r.question.source !== "personal");
    const onTarget = bank.filter((r) => r.question.skills.some((s) => targetTags.has(s)));
    expect(onTarget.length).toBeGreaterThanOrEqual(Math.ceil(bank.length / 2));

    // Answer everything, naming some of the job's skills.
    let next = created.body.data.first_question;
    while (next) {
      const res = await api.post(
        `/api/v1/interviews/${sessionId}/answers`,
        {
          question_id: next.question_id,
          answer_text:
            "At Fintrail I owned the settlement pipeline. I moved our events from RabbitMQ to Kafka so that consumers could replay them, " +
            "partitioned topics by merchant, and wrote idempotent consumers that stored offsets in PostgreSQL in the same transaction " +
            "as the ledger entry. Reconciliation time fell by 40% and we had no duplicate payouts after the change. I would add " +
            "contract tests between producers and consumers earlier next time.",
        },
        user.token,
      );
      expect(res.status).toBe(201);
      next = res.body.data.next_question;
    }
    await inProcessQueue().onIdle();
    const summary = await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token);
    expect(summary.status).toBe(200);
    const skills = summary.body.data.tailoring.skills;
    expect(skills.basis).toBe("job");
    const all = [...skills.shown, ...skills.mentioned, ...skills.notShown].map(
      (s: { id: string }) => s.id,
    );
    expect(all.sort()).toEqual(tailoring.jobSkills.map((s: { id: string }) => s.id).sort());
    const kafka = [...skills.shown, ...skills.mentioned].find(
      (s: { id: string }) => s.id === "kafka",
    );
    expect(kafka.evidence).toMatch(/Kafka/);
    expect(skills.notShown.map((s: { id: string }) => s.id)).toContain("terraform");
  });

  it("keeps personal questions out of other users' sessions", async () => {
    const { user, resumeId } = await setup();
    const mine = await api.post(
      "/api/v1/interviews",
      {
        role: "Backend Engineer",
        difficulty: "Medium",
        question_count: 3,
        categories: ["Behavioral"],
        resume_id: resumeId,
      },
      user.token,
    );
    expect(mine.status).toBe(201);
    expect(mine.body.data.tailoring.jobDescriptionId).toBeNull();
    expect(mine.body.data.tailoring.targets[0].reason).toBe("strength");
    const other = await newUser();
    for (let i = 0; i < 3; i++) {
      const res = await api.post(
        "/api/v1/interviews",
        {
          role: "Backend Engineer",
          difficulty: "Medium",
          question_count: 10,
          categories: ["Behavioral"],
        },
        other.token,
      );
      expect(res.status).toBe(201);
      const rows = await sessionQuestions(res.body.data.session_id);
      expect(rows.every((r) => r.question.ownerUserId === null)).toBe(true);
    }
  });

  it("refuses another user's resume or job, and works from a job alone", async () => {
    const { user, resumeId, jobId } = await setup();
    const intruder = await newUser();
    const base = {
      role: "Backend Engineer",
      difficulty: "Medium",
      question_count: 3,
      categories: ["Technical"],
    };
    expect(
      (await api.post("/api/v1/interviews", { ...base, resume_id: resumeId }, intruder.token))
        .status,
    ).toBe(404);
    expect(
      (await api.post("/api/v1/interviews", { ...base, job_description_id: jobId }, intruder.token))
        .status,
    ).toBe(404);
    expect(
      (await api.post("/api/v1/interviews", { ...base, resume_id: "x" }, user.token)).status,
    ).toBe(422);
    // A job alone, for a user without a resume: targets the job's skills.
    const job = await api.post("/api/v1/job-descriptions", { text: JOB }, intruder.token);
    const jobOnly = await api.post(
      "/api/v1/interviews",
      { ...base, job_description_id: job.body.data.job_description_id },
      intruder.token,
    );
    expect(jobOnly.status).toBe(201);
    expect(jobOnly.body.data.tailoring.resumeId).toBeNull();
    expect(
      jobOnly.body.data.tailoring.targets.every((t: { reason: string }) => t.reason === "gap"),
    ).toBe(true);
    // Behavioural bank questions carry no skill tags: they still get their share.
    const mixed = await api.post(
      "/api/v1/interviews",
      {
        ...base,
        question_count: 5,
        categories: ["Technical", "Behavioral", "System_Design"],
        job_description_id: job.body.data.job_description_id,
      },
      intruder.token,
    );
    expect(mixed.status).toBe(201);
    const counts = new Map<string, number>();
    for (const r of await sessionQuestions(mixed.body.data.session_id as number))
      counts.set(r.question.category, (counts.get(r.question.category) ?? 0) + 1);
    expect([...counts.values()].sort()).toEqual([1, 2, 2]);
  });
});
