import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { requestResumeAnalysis } from "@/lib/agents/requests";
import { toId } from "@/lib/validations/id";

// POST /api/v1/resumes/{id}/analyze – the resume analysis agent (202 queued; 200 when a recent
// analysis for the same target exists, unless refresh)
export const POST = authedRoute<{ id: string }>(
  async ({ params, request, user }) => {
    const resumeId = toId(params.id, "Resume");
    return requestResumeAnalysis(user.id, resumeId, await readJsonBody(request, z.unknown()));
  },
  { rateLimit: "agent:run" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
