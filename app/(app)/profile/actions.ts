"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { updateProfile } from "@/lib/users/update-profile";

// PUT (action) /profile – update name, target role, experience, time zone, leaderboard opt-out
export const updateProfileAction = authedAction({ from: "/profile" }, (user, input: unknown) =>
  updateProfile(user.id, input),
);
