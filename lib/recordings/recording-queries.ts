import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { deleteRecordings, readRecordingFile } from "./recording-files";

/** A kept recording as its owner sees it; the audio is at GET /recordings/{id}/audio. */
export interface RecordingDto {
  id: number;
  answer_id: number | null;
  mime_type: string;
  file_size: number;
  duration_seconds: number | null;
  created_at: string;
  /** When the retention job deletes it (AUDIO_RETENTION_DAYS after it was made). */
  expires_at: string;
}

type RecordingRow = {
  id: number;
  answerId: number | null;
  mimeType: string;
  fileSize: number;
  durationSeconds: number | null;
  createdAt: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function toRecordingDto(row: RecordingRow): RecordingDto {
  return {
    id: row.id,
    answer_id: row.answerId,
    mime_type: row.mimeType,
    file_size: row.fileSize,
    duration_seconds: row.durationSeconds,
    created_at: row.createdAt.toISOString(),
    expires_at: new Date(
      row.createdAt.getTime() + env().AUDIO_RETENTION_DAYS * DAY_MS,
    ).toISOString(),
  };
}

const dtoFields = {
  id: true,
  answerId: true,
  mimeType: true,
  fileSize: true,
  durationSeconds: true,
  createdAt: true,
} satisfies Prisma.AnswerRecordingSelect;

/** The owner's kept recordings of one session's answers, by answer id, oldest first. */
export async function listSessionRecordings(
  userId: number,
  sessionId: number,
): Promise<Record<number, RecordingDto[]>> {
  const rows = await db.answerRecording.findMany({
    where: { userId, answer: { is: { sessionId, session: { is: { userId } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: dtoFields,
  });
  const byAnswer: Record<number, RecordingDto[]> = {};
  for (const row of rows) {
    if (row.answerId === null) continue;
    (byAnswer[row.answerId] ??= []).push(toRecordingDto(row));
  }
  return byAnswer;
}

/** The owner's recording's audio; anyone else's (or a missing one) is a 404. */
export async function getRecordingAudio(
  userId: number,
  recordingId: number,
): Promise<{ bytes: Buffer; mimeType: string }> {
  const row = await db.answerRecording.findFirst({
    where: { id: recordingId, userId },
    select: { fileUrl: true, mimeType: true },
  });
  if (!row) throw notFound("Recording");
  return { bytes: await readRecordingFile(row.fileUrl), mimeType: row.mimeType };
}

/** Deletes the owner's recording and its file; anyone else's is a 404. */
export async function deleteRecording(userId: number, recordingId: number): Promise<void> {
  const row = await db.answerRecording.findFirst({
    where: { id: recordingId, userId },
    select: { id: true, fileUrl: true },
  });
  if (!row) throw notFound("Recording");
  await deleteRecordings([row]);
}
