"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { requestCompanyCoaching } from "@/lib/agents/requests";

// POST (action) /coaching – queue the company coaching agent
export const requestCoachingAction = authedAction(
  { from: "/coaching" },
  async (user, input: unknown) => (await requestCompanyCoaching(user.id, input)).data,
);
