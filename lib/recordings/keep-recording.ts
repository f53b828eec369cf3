import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { sealFile } from "@/lib/resumes/sealed";
import { resumeFileStore, storeFor } from "@/lib/resumes/storage";
import { AUDIO_FORMATS, type AudioFormat } from "@/lib/validations/transcription";
import { recordingFileContext } from "./recording-files";

export interface KeptAudio {
  bytes: Uint8Array;
  /** The container the bytes are (sniffed, never the client's label). */
  format: AudioFormat;
  durationSeconds: number | null;
}

/**
 * Keeps a transcribed recording when its owner opted in (users.keep_recordings): sealed in the
 * resume file store, unattached until the answer it belongs to is submitted. Returns the new id,
 * or null when the user keeps no recordings. The row is made after the file; a failed insert
 * removes the file again.
 */
export async function keepRecordingIfOptedIn(
  userId: number,
  audio: KeptAudio,
): Promise<number | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { keepRecordings: true },
  });
  if (!user?.keepRecordings) return null;
  const spec = AUDIO_FORMATS[audio.format];
  const key = `recordings/${userId}/${randomUUID()}.${spec.extension}`;
  const locator = await resumeFileStore().put(
    key,
    sealFile(audio.bytes, recordingFileContext(key)),
    "application/octet-stream",
  );
  try {
    const row = await db.answerRecording.create({
      data: {
        userId,
        fileUrl: locator,
        fileSize: audio.bytes.byteLength,
        mimeType: spec.mime[0],
        durationSeconds: audio.durationSeconds,
      },
      select: { id: true },
    });
    logger.info("recording kept", { recording_id: row.id, user_id: userId });
    return row.id;
  } catch (error) {
    await storeFor(locator)
      .delete(locator)
      .catch(() => {});
    throw error;
  }
}
