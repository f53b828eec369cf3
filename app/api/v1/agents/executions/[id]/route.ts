import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getAgentExecution } from "@/lib/agents/executions";
import { toId } from "@/lib/validations/id";

// GET /api/v1/agents/executions/{id} – one run: status, readable trace (steps, tool calls,
// timings, provider) and output
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getAgentExecution(user.id, toId(params.id, "Agent execution")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
