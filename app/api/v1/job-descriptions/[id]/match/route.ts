import { authedRoute } from "@/lib/api/handler";
import { matchJobDescription } from "@/lib/job-descriptions/match-job";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/job-descriptions/{id}/match?resume_id= – covered / transferable / missing and a score
export const GET = authedRoute<{ id: string }>(async ({ params, request, user }) => ({
  data: await matchJobDescription(
    user.id,
    toId(params.id, "Job description"),
    Object.fromEntries(request.nextUrl.searchParams),
  ),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
