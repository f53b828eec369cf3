import { db } from "@/lib/db/client";
import type { Resume } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { resumeAnalysisSchema, type ResumeAnalysis } from "@/lib/validations/resume-analysis";
import { toResumeDto } from "./resume-dto";
import { openJson, resumeAnalysisContext } from "./sealed";

/** One of the user's resumes; 404 for anyone else's (no hint that it exists). */
export async function ownedResume(userId: number, resumeId: number): Promise<Resume> {
  const row = await db.resume.findFirst({ where: { id: resumeId, userId } });
  if (!row) throw notFound("Resume");
  return row;
}

/** The user's resumes, primary first, then newest version first. */
export async function listResumes(userId: number) {
  const rows = await db.resume.findMany({
    where: { userId },
    orderBy: [{ isPrimary: "desc" }, { version: "desc" }],
  });
  return rows.map(toResumeDto);
}

/** The latest pipeline analysis of a ready resume, decrypted; null before it exists. */
export async function resumeAnalysis(resume: Resume): Promise<ResumeAnalysis | null> {
  if (resume.status !== "ready") return null;
  const row = await db.resumeAnalysis.findFirst({
    where: { resumeId: resume.id },
    orderBy: { analyzedAt: "desc" },
  });
  if (!row) return null;
  try {
    return resumeAnalysisSchema.parse(openJson(row.analysisData, resumeAnalysisContext(resume.id)));
  } catch (error) {
    // A key dropped from the keyring too early, or a tampered row: say so, show the rest.
    logger.error("resume analysis unreadable", { resume_id: resume.id, error: String(error) });
    return null;
  }
}

/** GET /resumes/{id}: the resume with its analysis once ready. */
export async function getResume(userId: number, resumeId: number) {
  const row = await ownedResume(userId, resumeId);
  return { ...toResumeDto(row), analysis: await resumeAnalysis(row) };
}
