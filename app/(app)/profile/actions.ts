"use server";

import { requireUser } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { updateProfile } from "@/lib/users/update-profile";
import type { UserDto } from "@/lib/users/user-dto";

// PUT (action) /profile – update name, target role, experience, time zone, leaderboard opt-out
export async function updateProfileAction(input: unknown): Promise<ActionResult<UserDto>> {
  return runAction(async () => {
    const user = await requireUser("/profile");
    return updateProfile(user.id, input);
  });
}
