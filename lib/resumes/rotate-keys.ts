import { appKeyring } from "@/lib/crypto/app-keyring";
import { db } from "@/lib/db/client";
import { keyIdOf } from "@/lib/crypto";
import { logger } from "@/lib/logger";
import { sealedJsonSchema } from "@/lib/validations/resume";
import { keyOfLocator } from "./locator";
import { resealText, resumeAnalysisContext, resumeFileContext, resumeTextContext } from "./sealed";
import { storeFor } from "./storage";

export interface RotationReport {
  texts: number;
  analyses: number;
  files: number;
  failed: number;
}

const BATCH = 100;

/**
 * Moves every resume secret (file, text, analysis) to the keyring's current key, so a retired key
 * can then be dropped from ENCRYPTION_KEYS. Values already on the current key are left alone; one
 * value that cannot be read is logged and counted, and the rest go on. Safe to run again.
 */
export async function rotateResumeKeys(): Promise<RotationReport> {
  const current = appKeyring().current.id;
  const report: RotationReport = { texts: 0, analyses: 0, files: 0, failed: 0 };
  let cursor = 0;
  for (;;) {
    const rows = await db.resume.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, fileUrl: true, extractedText: true, textKeyId: true },
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      try {
        if (row.extractedText && row.textKeyId !== current) {
          const { payload, changed } = resealText(row.extractedText, resumeTextContext(row.id));
          await db.resume.update({
            where: { id: row.id },
            data: { extractedText: payload, textKeyId: keyIdOf(payload) },
          });
          if (changed) report.texts += 1;
        }
        const store = storeFor(row.fileUrl);
        const stored = (await store.get(row.fileUrl)).toString("utf8");
        const context = resumeFileContext(keyOfLocator(row.fileUrl));
        if (keyIdOf(stored) !== current) {
          const { payload } = resealText(stored, context);
          await store.put(
            keyOfLocator(row.fileUrl),
            Buffer.from(payload, "utf8"),
            "application/octet-stream",
          );
          report.files += 1;
        }
      } catch (error) {
        report.failed += 1;
        logger.error("resume key rotation failed", { resume_id: row.id, error: String(error) });
      }
    }
  }
  const analyses = await db.resumeAnalysis.findMany({
    select: { id: true, resumeId: true, analysisData: true },
  });
  for (const row of analyses) {
    const sealed = sealedJsonSchema.safeParse(row.analysisData);
    if (!sealed.success || sealed.data.key_id === current) continue;
    try {
      const { payload } = resealText(sealed.data.sealed, resumeAnalysisContext(row.resumeId));
      await db.resumeAnalysis.update({
        where: { id: row.id },
        data: { analysisData: { sealed: payload, key_id: keyIdOf(payload) } },
      });
      report.analyses += 1;
    } catch (error) {
      report.failed += 1;
      logger.error("resume analysis key rotation failed", {
        analysis_id: row.id,
        error: String(error),
      });
    }
  }
  return report;
}
