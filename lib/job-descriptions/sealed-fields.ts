import { openField, openOptionalField, resealField, sealField } from "@/lib/crypto/sealed-field";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";

// A pasted job description says where the candidate is applying: its text, company and link are
// personal data, encrypted at rest like resume text. Each value is bound to its row and column.
const context = (id: number, field: "text" | "company" | "url") => `job-description:${id}:${field}`;

export interface JobDescriptionSecrets {
  text: string;
  company: string | null;
  url: string | null;
}

export function sealJobDescriptionFields(id: number, fields: JobDescriptionSecrets) {
  return {
    text: sealField(fields.text, context(id, "text")),
    company: fields.company === null ? null : sealField(fields.company, context(id, "company")),
    url: fields.url === null ? null : sealField(fields.url, context(id, "url")),
  };
}

export function openJobDescriptionFields(row: { id: number } & JobDescriptionSecrets) {
  return {
    text: openField(row.text, context(row.id, "text")),
    company: openOptionalField(row.company, context(row.id, "company")),
    url: openOptionalField(row.url, context(row.id, "url")),
  };
}

/** Moves every job description's fields to the current key (and seals rows from before). */
export async function rotateJobDescriptionKeys(): Promise<{ rows: number; failed: number }> {
  const report = { rows: 0, failed: 0 };
  let cursor = 0;
  for (;;) {
    const rows = await db.jobDescription.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: 100,
      select: { id: true, text: true, company: true, url: true },
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      try {
        const text = resealField(row.text, context(row.id, "text"));
        const company = row.company && resealField(row.company, context(row.id, "company"));
        const url = row.url && resealField(row.url, context(row.id, "url"));
        if (text === null && !company && !url) continue;
        await db.jobDescription.update({
          where: { id: row.id },
          data: {
            ...(text !== null ? { text } : {}),
            ...(company ? { company } : {}),
            ...(url ? { url } : {}),
          },
        });
        report.rows += 1;
      } catch (error) {
        report.failed += 1;
        logger.error("job description key rotation failed", {
          job_description_id: row.id,
          error: String(error),
        });
      }
    }
  }
  return report;
}
