import { db } from "@/lib/db/client";
import type { AiProviderName } from "@/lib/db/generated/enums";
import { logger } from "@/lib/logger";
import type { Pricing } from "../providers/types";

export interface UsageEvent {
  provider: AiProviderName;
  ok: boolean;
  /** Characters sent and received. */
  characters: number;
  latencyMs: number;
  /** US dollars. */
  cost: number;
}

export function estimateCost(pricing: Pricing, inputChars: number, outputChars: number): number {
  return (
    (inputChars * pricing.inputPerMillionChars + outputChars * pricing.outputPerMillionChars) /
    1_000_000
  );
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Adds one call to today's ai_provider_usage row of its provider (one row per provider per day,
 * created on first use; concurrent writers add up atomically). Never throws: accounting must not
 * fail the request it accounts for.
 */
export async function recordUsage(event: UsageEvent, now: Date = new Date()): Promise<void> {
  try {
    await db.$executeRaw`
      INSERT INTO "ai_provider_usage" ("provider_name", "date", "request_count", "failure_count",
                                       "character_count", "total_latency_ms", "estimated_cost")
      VALUES (${event.provider}::"AiProviderName", ${utcDay(now)}::date, 1, ${event.ok ? 0 : 1},
              ${Math.round(event.characters)}, ${Math.round(event.latencyMs)}, ${event.cost}::numeric)
      ON CONFLICT ("provider_name", "date") DO UPDATE SET
        "request_count" = "ai_provider_usage"."request_count" + 1,
        "failure_count" = "ai_provider_usage"."failure_count" + EXCLUDED."failure_count",
        "character_count" = "ai_provider_usage"."character_count" + EXCLUDED."character_count",
        "total_latency_ms" = "ai_provider_usage"."total_latency_ms" + EXCLUDED."total_latency_ms",
        "estimated_cost" = "ai_provider_usage"."estimated_cost" + EXCLUDED."estimated_cost"`;
  } catch (error) {
    logger.warn("ai usage not recorded", { provider: event.provider, error: String(error) });
  }
}

/** The built-in provider's share of the accounting (no cost). */
export function recordBuiltinUsage(characters: number, latencyMs: number): Promise<void> {
  return recordUsage({ provider: "builtin", ok: true, characters, latencyMs, cost: 0 });
}
