import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listAgentExecutions } from "@/lib/agents/executions";

// GET /api/v1/agents/executions – the caller's agent runs, newest first (?agent_type=&limit=)
export const GET = authedRoute(async ({ request, user }) => ({
  data: await listAgentExecutions(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
