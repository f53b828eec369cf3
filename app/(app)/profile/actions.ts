"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/authed-action";
import { clientIp } from "@/lib/api/client-ip";
import { changePassword, deleteOwnAccount } from "@/lib/auth/account-security";
import { sendVerificationEmail } from "@/lib/auth/email-verification";
import { publicOrigin } from "@/lib/auth/public-origin";
import { revokeAllSessions } from "@/lib/auth/revocation";
import { updateProfile } from "@/lib/users/update-profile";

// PUT (action) /profile – update name, target role, experience, time zone, leaderboard opt-out
export const updateProfileAction = authedAction({ from: "/profile" }, (user, input: unknown) =>
  updateProfile(user.id, input),
);

async function mailContext() {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get("user-agent"), origin: publicOrigin(h) };
}

// POST (action) /profile – change the password (ends every session, this one too)
export const changePasswordAction = authedAction(
  { from: "/profile" },
  async (user, input: unknown) => changePassword(user.id, input, await mailContext()),
);

// POST (action) /profile – end every session of the account, on every device
export const signOutEverywhereAction = authedAction({ from: "/profile" }, async (user) =>
  revokeAllSessions(user.id, "logout_all", await mailContext()),
);

// POST (action) /profile – mail a new email-verification link
export const resendVerificationAction = authedAction({ from: "/profile" }, async (user) =>
  sendVerificationEmail(user.id, await mailContext()),
);

// POST (action) /profile – delete the account and all its data (password + typed confirmation)
export const deleteAccountAction = authedAction(
  { from: "/profile" },
  async (user, input: unknown) => deleteOwnAccount(user.id, input, await mailContext()),
);
