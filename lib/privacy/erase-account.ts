import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { removeRecordingFiles } from "@/lib/recordings/recording-files";
import { storeFor } from "@/lib/resumes/storage";

/**
 * Erases an account for good. The rows the user owns go with the user row (every relation to it
 * cascades); what must outlive it is anonymised: their audit events keep the event and its time
 * (the security record) but lose the address, browser and data, and administrators' events
 * about them lose the email they were labelled with. Resume files and kept recordings leave
 * storage last: a file
 * left behind by a storage fault is logged, a row pointing at a missing file would not be.
 */
export async function eraseAccount(userId: number, context: AuditContext = {}) {
  const files = await db.resume.findMany({
    where: { userId },
    select: { id: true, fileUrl: true },
  });
  const recordings = await db.answerRecording.findMany({
    where: { userId },
    select: { id: true, fileUrl: true },
  });
  await db.$transaction(async (tx) => {
    await tx.auditLog.updateMany({
      where: { userId },
      data: { ipAddress: null, userAgent: null, eventData: {} },
    });
    const aboutThem = await tx.auditLog.findMany({
      where: {
        AND: [
          { eventData: { path: ["target_type"], equals: "user" } },
          { eventData: { path: ["target_id"], equals: String(userId) } },
        ],
      },
      select: { id: true, eventData: true },
    });
    for (const row of aboutThem) {
      const { target_label: _label, ...data } = row.eventData as Record<string, unknown>;
      await tx.auditLog.update({
        where: { id: row.id },
        data: { eventData: data as Record<string, string> },
      });
    }
    const { count } = await tx.user.deleteMany({ where: { id: userId } });
    if (count !== 1) throw notFound("User");
  });
  for (const file of files) {
    try {
      await storeFor(file.fileUrl).delete(file.fileUrl);
    } catch (error) {
      logger.error("resume file of a deleted account not removed", {
        resume_id: file.id,
        error: String(error),
      });
    }
  }
  await removeRecordingFiles(recordings);
  // Who it was is gone; that an account was deleted (and by which request) is kept.
  await audit("user.deleted", null, { requestId: context.requestId });
  return { deleted: true };
}
