/** Reading ai_provider_usage in tests: one provider's totals over all days. */
import { db } from "@/lib/db/client";
import type { AiProviderName } from "@/lib/db/generated/enums";

export async function providerUsage(provider: AiProviderName) {
  const rows = await db.aiProviderUsage.findMany({ where: { providerName: provider } });
  return rows.reduce(
    (t, r) => ({
      requests: t.requests + r.requestCount,
      failures: t.failures + r.failureCount,
      characters: t.characters + Number(r.characterCount),
      cost: t.cost + Number(r.estimatedCost),
    }),
    { requests: 0, failures: 0, characters: 0, cost: 0 },
  );
}

// On PostgreSQL the test files share one database and run in parallel: another file's calls may
// land in the same provider's row meanwhile, so there a delta is a lower bound.
const shared = process.env.TEST_BACKEND === "postgres";

export const expectDelta = (actual: number, expected: number): void =>
  shared ? expect(actual).toBeGreaterThanOrEqual(expected) : expect(actual).toBe(expected);
