import { appKeyring } from "@/lib/crypto/app-keyring";
import { db } from "@/lib/db/client";
import { keyIdOf } from "@/lib/crypto";
import { logger } from "@/lib/logger";
import { resealText } from "@/lib/resumes/sealed";
import { sealedJsonSchema } from "@/lib/validations/resume";
import { outputContext, stepsContext } from "./execution-dto";

const BATCH = 100;

/**
 * Moves every agent run's sealed trace and output to the keyring's current key (crypto:rotate),
 * so a retired key can be dropped without losing what the agents wrote. Values already on the
 * current key, and runs with nothing sealed yet, are left alone; a value that cannot be read is
 * logged and counted. Safe to run again.
 */
export async function rotateAgentExecutionKeys(): Promise<{ rows: number; failed: number }> {
  const current = appKeyring().current.id;
  const report = { rows: 0, failed: 0 };
  let cursor = 0;
  for (;;) {
    const rows = await db.agentExecution.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, reasoningSteps: true, output: true },
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      try {
        const reseal = (stored: unknown, context: string) => {
          const sealed = sealedJsonSchema.safeParse(stored);
          if (!sealed.success || sealed.data.key_id === current) return undefined;
          const { payload } = resealText(sealed.data.sealed, context);
          return { sealed: payload, key_id: keyIdOf(payload) };
        };
        const steps = reseal(row.reasoningSteps, stepsContext(row.id));
        const output = reseal(row.output, outputContext(row.id));
        if (!steps && !output) continue;
        await db.agentExecution.update({
          where: { id: row.id },
          data: { ...(steps ? { reasoningSteps: steps } : {}), ...(output ? { output } : {}) },
        });
        report.rows += 1;
      } catch (error) {
        report.failed += 1;
        logger.error("agent run key rotation failed", {
          execution_id: row.id,
          error: String(error),
        });
      }
    }
  }
  return report;
}
