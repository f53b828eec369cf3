"use server";

import { headers } from "next/headers";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { clientIp, ipSubject } from "@/lib/api/client-ip";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { publicOrigin } from "@/lib/auth/public-origin";

async function requestContext() {
  const h = await headers();
  const ip = clientIp(h);
  return { ip, userAgent: h.get("user-agent"), origin: publicOrigin(h) };
}

// POST (action) /forgot-password – mail a reset link (the same answer whether or not the account exists)
export async function requestPasswordResetAction(
  input: unknown,
): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const context = await requestContext();
    await enforceRateLimit("auth:mail", ipSubject(context.ip));
    const { message } = await requestPasswordReset(input, context);
    return { message };
  });
}

// POST (action) /reset-password – set a new password with the link's token
export async function resetPasswordAction(
  input: unknown,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const context = await requestContext();
    await enforceRateLimit("auth:mail", ipSubject(context.ip));
    const { email } = await resetPassword(input, context);
    return { email };
  });
}
