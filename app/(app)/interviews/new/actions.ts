"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { createInterview } from "@/lib/interviews/create-interview";

// POST (action) /interviews/new – open a session, then go to its first question
export async function createInterviewAction(input: unknown): Promise<ActionResult<never>> {
  const result = await runAction(async () => {
    const user = await requireUser("/interviews/new");
    return createInterview(user.id, input);
  });
  if (result.ok) redirect(`/interviews/${result.data.session_id}`);
  return result;
}
