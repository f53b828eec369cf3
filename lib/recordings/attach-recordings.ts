import type { DbTx } from "@/lib/db/client";

/**
 * Attaches the user's own unattached recordings (made at transcription) to the answer they were
 * takes of, inside the answer's transaction. Ids that are not the user's, or already belong to
 * an answer, are ignored: a client cannot move someone else's audio.
 */
export async function attachRecordings(
  tx: DbTx,
  userId: number,
  answerId: number,
  recordingIds: readonly number[],
): Promise<void> {
  if (recordingIds.length === 0) return;
  await tx.answerRecording.updateMany({
    where: { id: { in: [...recordingIds] }, userId, answerId: null },
    data: { answerId },
  });
}
