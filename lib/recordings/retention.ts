import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { deleteRecordings } from "./recording-files";

const DAY_MS = 24 * 60 * 60 * 1000;
// A take never submitted with an answer (the page was left, the text typed over) is not kept.
const UNATTACHED_GRACE_MS = DAY_MS;
const BATCH = 200;

/**
 * The retention job: deletes recordings made more than AUDIO_RETENTION_DAYS ago, and those left
 * unattached for a day (never submitted, or their answer was deleted), files included. Safe on
 * many instances at once: a row deleted by another run is simply not counted twice.
 */
export async function deleteExpiredRecordings(now = new Date()): Promise<{ deleted: number }> {
  const expiredBefore = new Date(now.getTime() - env().AUDIO_RETENTION_DAYS * DAY_MS);
  const unattachedBefore = new Date(now.getTime() - UNATTACHED_GRACE_MS);
  let deleted = 0;
  for (;;) {
    const rows = await db.answerRecording.findMany({
      where: {
        OR: [
          { createdAt: { lt: expiredBefore } },
          { answerId: null, createdAt: { lt: unattachedBefore } },
        ],
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, fileUrl: true },
    });
    if (rows.length === 0) break;
    deleted += await deleteRecordings(rows);
    if (rows.length < BATCH) break;
  }
  return { deleted };
}
