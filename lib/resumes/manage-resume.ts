import { db } from "@/lib/db/client";
import { conflict } from "@/lib/errors";
import { emit } from "@/lib/jobs/emit";
import { publishLiveEvent } from "@/lib/live";
import { logger } from "@/lib/logger";
import { toResumeDto } from "./resume-dto";
import { ownedResume } from "./resume-queries";
import { storeFor } from "./storage";

// A pipeline step that has not moved for this long was lost (a restart): it may be run again.
export const STALLED_AFTER_MS = 5 * 60_000;

/**
 * Deletes a resume, its analyses and its file. When it was the primary one, the newest remaining
 * version becomes primary. The row goes first: a file left by a failed delete is harmless, a row
 * pointing at a missing file is not.
 */
export async function deleteResume(userId: number, resumeId: number) {
  const row = await ownedResume(userId, resumeId);
  const promoted = await db.$transaction(async (tx) => {
    await tx.resume.delete({ where: { id: row.id } });
    if (!row.isPrimary) return null;
    const next = await tx.resume.findFirst({ where: { userId }, orderBy: { version: "desc" } });
    if (!next) return null;
    return tx.resume.update({ where: { id: next.id }, data: { isPrimary: true } });
  });
  try {
    await storeFor(row.fileUrl).delete(row.fileUrl);
  } catch (error) {
    logger.error("resume file not deleted", { resume_id: row.id, error: String(error) });
  }
  return { resume_id: row.id, deleted: true, primary_resume_id: promoted?.id ?? null };
}

/** Makes one version the primary resume (the one tailored sessions and matching default to). */
export async function setPrimaryResume(userId: number, resumeId: number) {
  const row = await ownedResume(userId, resumeId);
  const updated = await db.$transaction(async (tx) => {
    await tx.resume.updateMany({
      where: { userId, isPrimary: true, NOT: { id: row.id } },
      data: { isPrimary: false },
    });
    return tx.resume.update({ where: { id: row.id }, data: { isPrimary: true } });
  });
  return toResumeDto(updated);
}

/** Runs the pipeline again for a failed resume, or one whose job was lost. 409 otherwise. */
export async function retryResume(userId: number, resumeId: number, now = new Date()) {
  const row = await ownedResume(userId, resumeId);
  const stalled =
    row.status !== "ready" &&
    row.status !== "failed" &&
    now.getTime() - row.updatedAt.getTime() > STALLED_AFTER_MS;
  if (row.status !== "failed" && !stalled) {
    throw conflict(
      row.status === "ready"
        ? "This resume has already been analysed."
        : "This resume is still being processed.",
    );
  }
  const updated = await db.resume.update({
    where: { id: row.id },
    data: { status: "uploaded", failureCode: null, failureMessage: null },
  });
  await publishLiveEvent(userId, { type: "resume.status", resumeId: row.id, status: "uploaded" });
  await emit("resume/resume.uploaded", { resume_id: row.id });
  return toResumeDto(updated);
}
