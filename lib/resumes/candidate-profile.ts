import { db } from "@/lib/db/client";
import type { Resume } from "@/lib/db/generated/client";
import { conflict } from "@/lib/errors";
import type { CandidateProfile } from "@/lib/job-descriptions";
import { storedResumeExperienceSchema, storedResumeSkillsSchema } from "@/lib/validations/resume";
import type { ResumeAnalysis } from "@/lib/validations/resume-analysis";
import { ownedResume, resumeAnalysis } from "./resume-queries";

export interface ResumeProfile {
  resume: Resume;
  /** The decrypted analysis (lines, roles); null when it cannot be read. */
  analysis: ResumeAnalysis | null;
  profile: CandidateProfile;
}

/**
 * The resume a match or tailored session uses: the one named, else the primary one. It must be
 * ready (409 otherwise, with what to do). The profile falls back to the stored skill ids when
 * the sealed analysis cannot be read.
 */
export async function readyResumeProfile(
  userId: number,
  resumeId?: number | null,
): Promise<ResumeProfile> {
  const resume =
    resumeId != null
      ? await ownedResume(userId, resumeId)
      : await db.resume.findFirst({ where: { userId, isPrimary: true } });
  if (!resume) throw conflict("Upload a resume first.");
  if (resume.status !== "ready") {
    throw conflict(
      resume.status === "failed"
        ? "That resume could not be read; upload another version."
        : "That resume is still being analysed; try again in a moment.",
    );
  }
  const analysis = await resumeAnalysis(resume);
  if (analysis) return { resume, analysis, profile: analysis };
  const skills = storedResumeSkillsSchema.safeParse(resume.skills);
  const experience = storedResumeExperienceSchema.safeParse(resume.experience);
  return {
    resume,
    analysis: null,
    profile: {
      skills: skills.success ? skills.data : [],
      experience: experience.success ? { totalYears: experience.data.totalYears } : null,
    },
  };
}
