import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { keyOfLocator } from "@/lib/resumes/locator";
import { openFile } from "@/lib/resumes/sealed";
import { storeFor } from "@/lib/resumes/storage";

// Sealed before the row exists, so bound to the storage key (as resume files are).
export const recordingFileContext = (storageKey: string): string => `recording-file:${storageKey}`;

/** The plain bytes of a kept recording's file. */
export async function readRecordingFile(locator: string): Promise<Buffer> {
  const stored = await storeFor(locator).get(locator);
  return openFile(stored, recordingFileContext(keyOfLocator(locator)));
}

/**
 * Deletes recordings, rows first and then their files: a file left behind by a storage fault is
 * logged, a row pointing at a missing file would not be. Returns how many rows went.
 */
export async function deleteRecordings(
  rows: readonly { id: number; fileUrl: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const { count } = await db.answerRecording.deleteMany({
    where: { id: { in: rows.map((r) => r.id) } },
  });
  await removeRecordingFiles(rows);
  return count;
}

/** Removes the files of recordings whose rows are already gone (or going with their user). */
export async function removeRecordingFiles(
  rows: readonly { id: number; fileUrl: string }[],
): Promise<void> {
  for (const row of rows) {
    try {
      await storeFor(row.fileUrl).delete(row.fileUrl);
    } catch (error) {
      logger.error("recording file not removed", { recording_id: row.id, error: String(error) });
    }
  }
}
