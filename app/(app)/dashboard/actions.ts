"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { createInterview } from "@/lib/interviews/create-interview";

// POST (action) recommendation – "Start this session": create it with the recommended settings
export const startRecommendedSessionAction = authedAction(
  { from: "/dashboard" },
  async (user, input: unknown): Promise<never> => {
    const session = await createInterview(user.id, input);
    redirect(`/interviews/${session.session_id}`);
  },
);
