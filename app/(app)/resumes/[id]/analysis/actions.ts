"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { requestResumeAnalysis } from "@/lib/agents/requests";

// POST (action) /resumes/{id}/analysis – queue the resume analysis agent (or serve a recent one)
export const analyseResumeAction = authedAction(
  { id: "Resume", from: (id) => `/resumes/${String(id)}/analysis` },
  async (user, resumeId, input: unknown) =>
    (await requestResumeAnalysis(user.id, resumeId, input)).data,
);
