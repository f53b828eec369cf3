import { cache } from "@/lib/cache";
import { userPrefsKey } from "@/lib/cache/keys";
import { readThrough, type Codec } from "@/lib/cache/layers";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";

// L4 (user preferences) cache: the profile every request needs, 24 h, invalidated on change.

export type SafeUser = Omit<User, "passwordHash">;

const userCodec: Codec<SafeUser> = { encode: (u) => JSON.stringify(u), decode: revive };

function revive(json: string): SafeUser {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    ...(raw as unknown as SafeUser),
    lockedUntil: date(raw.lockedUntil),
    createdAt: new Date(raw.createdAt as string),
    updatedAt: new Date(raw.updatedAt as string),
    deletedAt: date(raw.deletedAt),
  };
}

/** The user by id, or null when absent or deleted. */
export async function findActiveUser(userId: number): Promise<SafeUser | null> {
  const user = await readThrough(
    "L4_User_Prefs",
    userPrefsKey(userId),
    () => db.user.findUnique({ where: { id: userId } }),
    userCodec,
  );
  return user && !user.deletedAt ? user : null;
}

export async function getUserOrThrow(userId: number): Promise<SafeUser> {
  const user = await findActiveUser(userId);
  if (!user) throw notFound("User");
  return user;
}

export async function invalidateUser(userId: number): Promise<void> {
  await cache().del(userPrefsKey(userId));
}
