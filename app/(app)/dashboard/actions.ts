"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { createInterview } from "@/lib/interviews/create-interview";
import { startReviewSession } from "@/lib/review/start-review-session";

// POST (action) recommendation – "Start this session": create it with the recommended settings
export const startRecommendedSessionAction = authedAction(
  { from: "/dashboard" },
  async (user, input: unknown): Promise<never> => {
    const session = await createInterview(user.id, input);
    redirect(`/interviews/${session.session_id}`);
  },
);

// POST (action) review – start a session made only of the due review questions
export const startReviewSessionAction = authedAction(
  { from: "/dashboard" },
  async (user): Promise<never> => {
    const session = await startReviewSession(user.id, {});
    redirect(`/interviews/${session.session_id}`);
  },
);
