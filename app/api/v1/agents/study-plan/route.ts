import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { requestStudyPlan } from "@/lib/agents/requests";
import { getStudyPlan } from "@/lib/agents/study-plan/plan-service";
import { notFound } from "@/lib/errors";

// POST /api/v1/agents/study-plan – generate a study plan (202: the run is queued)
export const POST = authedRoute(
  async ({ request, user }) => requestStudyPlan(user.id, await readJsonBody(request, z.unknown())),
  { rateLimit: "agent:run" },
);

// GET /api/v1/agents/study-plan – the current plan with its ticked tasks (404 before the first)
export const GET = authedRoute(async ({ user }) => {
  const plan = await getStudyPlan(user.id);
  if (!plan) throw notFound("Study plan");
  return { data: plan };
});

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
