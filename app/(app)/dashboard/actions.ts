"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { createInterview } from "@/lib/interviews/create-interview";

// POST (action) recommendation – "Start this session": create it with the recommended settings
export async function startRecommendedSessionAction(input: unknown): Promise<ActionResult<never>> {
  const result = await runAction(async () => {
    const user = await requireUser("/dashboard");
    return createInterview(user.id, input);
  });
  if (result.ok) redirect(`/interviews/${result.data.session_id}`);
  return result;
}
