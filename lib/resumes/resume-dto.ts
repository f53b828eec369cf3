import type { Resume } from "@/lib/db/generated/client";
import { storedResumeSkillsSchema } from "@/lib/validations/resume";

/** A resume as the API and pages show it (never its storage locator or ciphertext). */
export function toResumeDto(row: Resume) {
  const skills = storedResumeSkillsSchema.safeParse(row.skills);
  return {
    resume_id: row.id,
    version: row.version,
    filename: row.filename,
    file_size: row.fileSize,
    mime_type: row.mimeType,
    is_primary: row.isPrimary,
    status: row.status,
    failure:
      row.status === "failed"
        ? { code: row.failureCode ?? "PROCESSING_ERROR", message: row.failureMessage ?? "" }
        : null,
    pages: row.pages,
    skill_count: skills.success ? skills.data.length : null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    analysed_at: row.analysedAt?.toISOString() ?? null,
  };
}
export type ResumeDto = ReturnType<typeof toResumeDto>;
