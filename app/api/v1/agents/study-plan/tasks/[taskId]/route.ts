import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { setStudyTaskDone } from "@/lib/agents/study-plan/plan-service";

// PATCH /api/v1/agents/study-plan/tasks/{taskId} – tick or untick a task: { "done": true }
export const PATCH = authedRoute<{ taskId: string }>(async ({ params, request, user }) => ({
  data: await setStudyTaskDone(user.id, params.taskId, await readJsonBody(request, z.unknown())),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("PATCH");
export const POST = methodNotAllowed("PATCH");
export const PUT = methodNotAllowed("PATCH");
export const DELETE = methodNotAllowed("PATCH");
