import type { ResumeStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { StepRunner } from "@/lib/jobs/steps";
import { publishLiveEvent } from "@/lib/live";
import { logger } from "@/lib/logger";
import type { StoredResumeSkills } from "@/lib/validations/resume";
import { analyseResumeText } from "./analyse";
import { isResumeFileError } from "./errors";
import { extractResumeText } from "./extract-text";
import { keyOfLocator, kindOf } from "./locator";
import {
  openFile,
  openText,
  resumeAnalysisContext,
  resumeFileContext,
  resumeTextContext,
  sealJson,
  sealText,
} from "./sealed";
import { storeFor } from "./storage";

async function setStatus(
  id: number,
  userId: number,
  status: ResumeStatus,
  data: Parameters<typeof db.resume.update>[0]["data"] = {},
) {
  await db.resume.update({ where: { id }, data: { ...data, status } });
  await publishLiveEvent(userId, { type: "resume.status", resumeId: id, status });
}

type Outcome = { resume_id: number; status: "ready" | "failed" | "gone" };

/**
 * The background pipeline of one uploaded resume: read its text (extracting), analyse skills,
 * experience and education (analysing), store the text and the analysis encrypted (ready). A
 * file the product cannot read (encrypted, scanned, empty, damaged) ends as failed with the
 * candidate-facing reason; other faults throw so the job is retried. Idempotent: a ready resume
 * is left alone, and a repeated run redoes the steps from the stored file.
 */
export async function processResume(
  resumeId: number,
  step: StepRunner,
  now: () => Date = () => new Date(),
): Promise<Outcome> {
  const extracted = await step("extract-text", async () => {
    const row = await db.resume.findUnique({ where: { id: resumeId } });
    if (!row) return { state: "gone" as const };
    if (row.status === "ready") return { state: "done" as const };
    await setStatus(row.id, row.userId, "extracting", { failureCode: null, failureMessage: null });
    try {
      const stored = await storeFor(row.fileUrl).get(row.fileUrl);
      const bytes = openFile(stored, resumeFileContext(keyOfLocator(row.fileUrl)));
      const { text, pages } = await extractResumeText(bytes, kindOf(row.mimeType));
      const { sealed, keyId } = sealText(text, resumeTextContext(row.id));
      await setStatus(row.id, row.userId, "analysing", {
        extractedText: sealed,
        textKeyId: keyId,
        pages,
      });
      return { state: "extracted" as const };
    } catch (error) {
      if (!isResumeFileError(error)) throw error;
      await setStatus(row.id, row.userId, "failed", {
        failureCode: error.problem,
        failureMessage: error.message,
      });
      return { state: "failed" as const };
    }
  });
  if (extracted.state === "gone") return { resume_id: resumeId, status: "gone" };
  if (extracted.state === "failed") return { resume_id: resumeId, status: "failed" };
  if (extracted.state === "done") return { resume_id: resumeId, status: "ready" };

  await step("analyse", () => analyse(resumeId, now()));
  return { resume_id: resumeId, status: "ready" };
}

async function analyse(resumeId: number, at: Date): Promise<void> {
  const row = await db.resume.findUnique({ where: { id: resumeId } });
  if (!row || row.status === "ready" || !row.extractedText) return;
  const analysis = analyseResumeText(openText(row.extractedText, resumeTextContext(row.id)), {
    now: at,
  });
  const skills: StoredResumeSkills = analysis.skills.map((s) => ({
    id: s.id,
    name: s.name,
    category: s.category,
    confidence: s.confidence,
  }));
  await db.$transaction(async (tx) => {
    // The pipeline's own analysis is replaced; agent analyses (with reasoning) are kept.
    await tx.resumeAnalysis.deleteMany({
      where: { resumeId, agentReasoning: { equals: Prisma.DbNull } },
    });
    await tx.resumeAnalysis.create({
      data: {
        resumeId,
        userId: row.userId,
        analysisData: sealJson(analysis, resumeAnalysisContext(resumeId)),
        analyzedAt: at,
      },
    });
    await tx.resume.update({
      where: { id: resumeId },
      data: {
        status: "ready",
        analysedAt: at,
        skills,
        experience: {
          totalYears: analysis.experience.totalYears,
          professionalYears: analysis.experience.professionalYears,
          seniority: analysis.experience.seniority,
          roles: analysis.experience.roles.length,
        },
        education: {
          highestLevel: analysis.education.highestLevel,
          certifications: analysis.certifications.length,
        },
      },
    });
  });
  await publishLiveEvent(row.userId, { type: "resume.status", resumeId, status: "ready" });
  logger.info("resume analysed", { resume_id: resumeId, skills: skills.length });
}
