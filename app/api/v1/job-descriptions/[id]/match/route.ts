import { authedRoute } from "@/lib/api/handler";
import { matchJobDescription } from "@/lib/job-descriptions/match-job";
import { toId } from "@/lib/validations/id";

// GET /api/v1/job-descriptions/{id}/match?resume_id= – covered / transferable / missing and a score
export const GET = authedRoute<{ id: string }>(async ({ params, request, user }) => ({
  data: await matchJobDescription(
    user.id,
    toId(params.id, "Job description"),
    Object.fromEntries(request.nextUrl.searchParams),
  ),
}));
