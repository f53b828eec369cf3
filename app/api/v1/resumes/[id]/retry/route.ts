import { authedRoute } from "@/lib/api/handler";
import { retryResume } from "@/lib/resumes/manage-resume";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/resumes/{id}/retry – run the pipeline again (failed, or stalled for 5 minutes)
export const POST = authedRoute<{ id: string }>(
  async ({ params, user }) => ({
    status: 202,
    data: await retryResume(user.id, toId(params.id, "Resume")),
  }),
  { rateLimit: "resume:upload" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
