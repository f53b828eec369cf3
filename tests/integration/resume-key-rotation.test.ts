/**
 * Key rotation of resume secrets: a resume stored under key "old" is moved by
 * `rotateResumeKeys` to the new current key (file, text and analysis), after which the old key
 * can be dropped and everything still reads; a second run changes nothing.
 */
import { rmSync } from "node:fs";
import { closeCache } from "@/lib/cache";
import { generateKeyMaterial } from "@/lib/crypto";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";
import { rotateAgentExecutionKeys } from "@/lib/agents/rotate-keys";
import { rotateResumeKeys } from "@/lib/resumes/rotate-keys";
import { temporaryRoot } from "@/lib/resumes/storage/disk-store";
import { api, newUser, upload } from "../helpers/api-client";
import { textPdf } from "../helpers/resume-files";

jest.setTimeout(120_000);

const OLD = `old:${generateKeyMaterial()}`;
const NEW = `new:${generateKeyMaterial()}`;
// On PostgreSQL the run's other files share the database (and their resumes): keep their key in
// the ring so that rotating moves them too instead of counting them as unreadable.
const SHARED = process.env.ENCRYPTION_KEYS;
const useKeys = (spec: string) => {
  process.env.ENCRYPTION_KEYS = SHARED ? `${spec},${SHARED}` : spec;
  resetEnvForTests();
};

afterAll(async () => {
  await inProcessQueue().onIdle();
  if (SHARED) process.env.ENCRYPTION_KEYS = SHARED;
  else delete process.env.ENCRYPTION_KEYS;
  resetEnvForTests();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
  rmSync(temporaryRoot(), { recursive: true, force: true });
});

it("moves file, text and analysis to the current key so the old key can be dropped", async () => {
  useKeys(OLD);
  const user = await newUser();
  const res = await upload(
    "/api/v1/resumes",
    {
      name: "cv.pdf",
      bytes: await textPdf(["Lee Chen", "Skills", "Go, Kubernetes, Terraform, AWS, gRPC"]),
    },
    user.token,
  );
  const id = res.body.data.resume_id as number;
  await inProcessQueue().onIdle();
  expect((await db.resume.findUniqueOrThrow({ where: { id } })).textKeyId).toBe("old");

  // Without the key nothing reads: the analysis is withheld, not garbage.
  useKeys(NEW);
  expect((await api.get(`/api/v1/resumes/${id}`, user.token)).body.data.analysis).toBeNull();

  useKeys(`${NEW},${OLD}`);
  const report = await rotateResumeKeys();
  expect(report).toMatchObject({ failed: 0 });
  expect(report.texts).toBeGreaterThanOrEqual(1);
  expect(report.analyses).toBeGreaterThanOrEqual(1);
  expect(report.files).toBeGreaterThanOrEqual(1);
  const row = await db.resume.findUniqueOrThrow({ where: { id } });
  expect(row.textKeyId).toBe("new");
  expect(row.extractedText!.split(".")[1]).toBe("new");

  useKeys(NEW);
  const detail = await api.get(`/api/v1/resumes/${id}`, user.token);
  expect(detail.body.data.analysis.skills.map((s: { id: string }) => s.id)).toEqual(
    expect.arrayContaining(["go", "kubernetes", "terraform"]),
  );
  // The file too: processing it again works with only the new key.
  await db.resume.update({ where: { id }, data: { status: "failed" } });
  expect((await api.post(`/api/v1/resumes/${id}/retry`, undefined, user.token)).status).toBe(202);
  await inProcessQueue().onIdle();
  expect((await api.get(`/api/v1/resumes/${id}`, user.token)).body.data.status).toBe("ready");

  // A second run has nothing of this resume left to move (other files' new resumes may be moved).
  expect(await rotateResumeKeys()).toMatchObject({ failed: 0 });
  expect((await db.resume.findUniqueOrThrow({ where: { id } })).textKeyId).toBe("new");
  if (!SHARED) {
    expect(await rotateResumeKeys()).toEqual({ texts: 0, analyses: 0, files: 0, failed: 0 });
  }
});

it("moves agent runs' traces and outputs to the current key", async () => {
  useKeys(OLD);
  const user = await newUser();
  const queued = await api.post("/api/v1/agents/study-plan", { days: 3 }, user.token);
  expect(queued.status).toBe(202);
  const id = queued.body.data.execution_id as number;
  await inProcessQueue().onIdle();
  const detail = async () =>
    (await api.get(`/api/v1/agents/executions/${id}`, user.token)).body.data as {
      status: string;
      steps: unknown[] | null;
    };
  const before = await detail();
  expect(before.status).toBe("completed");
  expect(before.steps?.length).toBeGreaterThan(0);

  useKeys(`${NEW},${OLD}`);
  const report = await rotateAgentExecutionKeys();
  expect(report.failed).toBe(0);
  expect(report.rows).toBeGreaterThanOrEqual(1);
  const row = await db.agentExecution.findUniqueOrThrow({ where: { id } });
  expect(row.reasoningSteps).toMatchObject({ key_id: "new" });
  expect(row.output).toMatchObject({ key_id: "new" });

  // Only the new key left: the trace still reads.
  useKeys(NEW);
  expect((await detail()).steps).toEqual(before.steps);
  if (!SHARED) expect(await rotateAgentExecutionKeys()).toEqual({ rows: 0, failed: 0 });
});
