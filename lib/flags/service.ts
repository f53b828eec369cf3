import type { AuditContext } from "@/lib/audit/log";
import { auditAdmin } from "@/lib/admin/audit-admin";
import { cache } from "@/lib/cache";
import { featureFlagsKey } from "@/lib/cache/keys";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { featureFlagSchema, FLAG_NAME } from "@/lib/validations/admin";
import { parseInput } from "@/lib/validations/parse";
import { KNOWN_FLAGS, type KnownFlag } from "./known-flags";
import { isEnabledFor, type FlagState } from "./rollout";

export interface FeatureFlagView extends FlagState {
  description: string;
  known: boolean;
  stored: boolean;
  updatedAt: string | null;
}

// The shared entry lives in the cache store (Redis when configured) and is dropped on every
// change; each process also keeps what it read for a moment, so a flag check on a hot path
// costs no I/O. A change reaches this process at once and other processes within MEMO_MS.
const MEMO_MS = 2_000;
const SHARED_TTL_SECONDS = 300;

const globalForFlags = globalThis as unknown as {
  __imFlags?: { at: number; flags: Map<string, FeatureFlagView> };
};

function toIds(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];
}

async function loadFlags(): Promise<FeatureFlagView[]> {
  const rows = await db.featureFlag.findMany({ orderBy: { featureName: "asc" } });
  const stored = new Map(rows.map((r) => [r.featureName, r]));
  const names = [...new Set([...Object.keys(KNOWN_FLAGS), ...stored.keys()])].sort();
  return names.map((name) => {
    const row = stored.get(name);
    const known = (KNOWN_FLAGS as Record<string, (typeof KNOWN_FLAGS)[KnownFlag]>)[name];
    return {
      name,
      description: row?.description || known?.description || "",
      enabled: row ? row.enabled : (known?.enabled ?? false),
      rolloutPercentage: row ? row.rolloutPercentage : (known?.rolloutPercentage ?? 0),
      allowedUserIds: toIds(row?.allowedUserIds),
      known: known !== undefined,
      stored: row !== undefined,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/** Every flag (known ones with their defaults until changed), through the cache. */
export async function allFlags(): Promise<Map<string, FeatureFlagView>> {
  const memo = globalForFlags.__imFlags;
  if (memo && Date.now() - memo.at < MEMO_MS) return memo.flags;
  let list: FeatureFlagView[] | null = null;
  const raw = await cache().get(featureFlagsKey());
  if (raw !== null) {
    try {
      list = JSON.parse(raw) as FeatureFlagView[];
    } catch {
      list = null;
    }
  }
  if (!list) {
    list = await loadFlags();
    await cache().set(featureFlagsKey(), JSON.stringify(list), SHARED_TTL_SECONDS);
  }
  const flags = new Map(list.map((f) => [f.name, f]));
  globalForFlags.__imFlags = { at: Date.now(), flags };
  return flags;
}

/** Whether a feature is on for a user; an unknown flag is off. */
export async function isFeatureEnabled(name: string, userId: number | null): Promise<boolean> {
  const flag = (await allFlags()).get(name);
  return flag ? isEnabledFor(flag, userId) : false;
}

/** Every flag's value for one user (the client's view: GET /api/v1/feature-flags). */
export async function flagsForUser(userId: number | null): Promise<Record<string, boolean>> {
  const flags = await allFlags();
  return Object.fromEntries([...flags.values()].map((f) => [f.name, isEnabledFor(f, userId)]));
}

async function forgetFlags(): Promise<void> {
  globalForFlags.__imFlags = undefined;
  await cache().del(featureFlagsKey());
}

/** Tests: drop this process's copy. */
export const resetFlagMemoForTests = (): void => {
  globalForFlags.__imFlags = undefined;
};

/** Creates or changes a flag; live on this instance at once, on others within seconds. */
export async function saveFlag(actor: { id: number }, raw: unknown, context: AuditContext) {
  const input = parseInput(featureFlagSchema, raw);
  const before = await db.featureFlag.findUnique({ where: { featureName: input.name } });
  const data = {
    description: input.description,
    enabled: input.enabled,
    rolloutPercentage: input.rollout_percentage,
    allowedUserIds: input.allowed_user_ids,
  };
  const saved = await db.featureFlag.upsert({
    where: { featureName: input.name },
    create: { featureName: input.name, ...data },
    update: data,
  });
  await forgetFlags();
  await auditAdmin(
    before ? "flag_updated" : "flag_created",
    actor.id,
    { type: "feature_flag", id: saved.id, label: saved.featureName },
    context,
    {
      enabled: input.enabled,
      rollout_percentage: input.rollout_percentage,
      allowed_user_ids: input.allowed_user_ids,
      ...(before
        ? {
            was: {
              enabled: before.enabled,
              rollout_percentage: before.rolloutPercentage,
              allowed_user_ids: toIds(before.allowedUserIds),
            },
          }
        : {}),
    },
  );
  return (await allFlags()).get(saved.featureName)!;
}

/** Removes a stored flag (a known flag falls back to its default). */
export async function deleteFlag(actor: { id: number }, name: string, context: AuditContext) {
  if (!FLAG_NAME.test(name)) throw notFound("Feature flag");
  const row = await db.featureFlag.findUnique({ where: { featureName: name } });
  if (!row) throw notFound("Feature flag");
  await db.featureFlag.delete({ where: { id: row.id } });
  await forgetFlags();
  await auditAdmin(
    "flag_deleted",
    actor.id,
    { type: "feature_flag", id: row.id, label: name },
    context,
    {
      enabled: row.enabled,
      rollout_percentage: row.rolloutPercentage,
    },
  );
  return { name, deleted: true };
}
