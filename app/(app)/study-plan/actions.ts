"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { requestStudyPlan } from "@/lib/agents/requests";
import { setStudyTaskDone } from "@/lib/agents/study-plan/plan-service";

// POST (action) /study-plan – queue the study plan agent
export const generateStudyPlanAction = authedAction(
  { from: "/study-plan" },
  async (user, input: unknown) => (await requestStudyPlan(user.id, input)).data,
);

// PATCH (action) /study-plan – tick or untick one task
export const toggleStudyTaskAction = authedAction(
  { from: "/study-plan" },
  (user, taskId: string, done: boolean) => setStudyTaskDone(user.id, taskId, { done }),
);
