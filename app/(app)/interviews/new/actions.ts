"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { createInterview } from "@/lib/interviews/create-interview";

// POST (action) /interviews/new – open a session, then go to its first question
export const createInterviewAction = authedAction(
  { from: "/interviews/new" },
  async (user, input: unknown): Promise<never> => {
    const session = await createInterview(user.id, input);
    redirect(`/interviews/${session.session_id}`);
  },
);
