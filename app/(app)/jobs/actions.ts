"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import {
  createJobDescription,
  deleteJobDescription,
} from "@/lib/job-descriptions/job-description-service";

// POST (action) /jobs – save a pasted job description, then show its match report
export const createJobDescriptionAction = authedAction(
  { from: "/jobs" },
  async (user, input: unknown): Promise<never> => {
    const job = await createJobDescription(user.id, input);
    redirect(`/jobs/${job.job_description_id}`);
  },
);

// DELETE (action) /jobs/{id}
export const deleteJobDescriptionAction = authedAction(
  { id: "Job description", from: () => "/jobs" },
  (user, id) => deleteJobDescription(user.id, id),
);
