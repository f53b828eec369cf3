import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { conflict } from "@/lib/errors";
import { emit } from "@/lib/jobs/emit";
import { publishLiveEvent } from "@/lib/live";
import { logger } from "@/lib/logger";
import { checkResumeFile, RESUME_MIME_TYPES } from "./file-type";
import { toResumeDto, type ResumeDto } from "./resume-dto";
import { resumeFileContext, sealFile } from "./sealed";
import { resumeFileStore, storeFor } from "./storage";

export interface ResumeUpload {
  filename: string;
  bytes: Uint8Array;
}

// Keeps the name a candidate recognises, without paths or control characters.
function displayName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\p{Cc}<>]/gu, "").trim();
  return (clean || "resume").slice(0, 255);
}

/**
 * Stores a new resume version: checks the file (413 / 415 / 422), keeps it encrypted in the file
 * store, records it as the user's next version (the first one is primary) and starts the
 * background pipeline (uploaded → extracting → analysing → ready / failed).
 */
export async function uploadResume(userId: number, upload: ResumeUpload): Promise<ResumeDto> {
  const kind = checkResumeFile(upload.filename, upload.bytes);
  const limit = env().RESUME_MAX_PER_USER;
  if ((await db.resume.count({ where: { userId } })) >= limit) {
    throw conflict(`You can keep at most ${limit} resumes; delete an older version first.`);
  }
  const key = `resumes/${userId}/${randomUUID()}.${kind}`;
  const locator = await resumeFileStore().put(
    key,
    sealFile(upload.bytes, resumeFileContext(key)),
    "application/octet-stream",
  );
  let row;
  try {
    row = await createRow(userId, {
      filename: displayName(upload.filename),
      fileUrl: locator,
      fileSize: upload.bytes.byteLength,
      mimeType: RESUME_MIME_TYPES[kind],
      fileSha256: createHash("sha256").update(upload.bytes).digest("hex"),
    });
  } catch (error) {
    // Nothing refers to the file: do not leave it behind.
    await storeFor(locator)
      .delete(locator)
      .catch(() => {});
    throw error;
  }
  await publishLiveEvent(userId, { type: "resume.status", resumeId: row.id, status: row.status });
  await emit("resume/resume.uploaded", { resume_id: row.id });
  logger.info("resume uploaded", { resume_id: row.id, user_id: userId, kind });
  return toResumeDto(row);
}

type NewResume = {
  filename: string;
  fileUrl: string;
  fileSize: number;
  mimeType: string;
  fileSha256: string;
};

/** The next version number; two uploads racing for it retry on the unique (user, version). */
async function createRow(userId: number, data: NewResume, attempt = 0) {
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.resume.findFirst({
        where: { userId },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const hasPrimary = (await tx.resume.count({ where: { userId, isPrimary: true } })) > 0;
      return tx.resume.create({
        data: { ...data, userId, version: (last?.version ?? 0) + 1, isPrimary: !hasPrimary },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error) && attempt < 3) return createRow(userId, data, attempt + 1);
    throw error;
  }
}
