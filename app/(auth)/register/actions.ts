"use server";

import { headers } from "next/headers";
import { clientIp, ipSubject } from "@/lib/api/client-ip";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { publicOrigin } from "@/lib/auth/public-origin";
import { registerUser, sendWelcomeVerification } from "@/lib/users/register-user";

// POST (action) /register – create an account; the client then signs in with the same credentials
export async function registerAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const result = await runAction(async () => {
    const h = await headers();
    const ip = clientIp(h);
    await enforceRateLimit("auth:register", ipSubject(ip));
    const context = { ip, userAgent: h.get("user-agent") };
    const user = await registerUser(input, context);
    await sendWelcomeVerification(user.id, { ...context, origin: publicOrigin(h) });
    return { email: user.email };
  });
  // 409: the email is taken; say so next to the email field.
  if (!result.ok && result.error.code === "CONFLICT") {
    return { ok: false, error: { ...result.error, fields: { email: [result.error.message] } } };
  }
  return result;
}
