import { authedRoute } from "@/lib/api/handler";
import { setPrimaryResume } from "@/lib/resumes/manage-resume";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/resumes/{id}/primary – make this version the primary resume
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await setPrimaryResume(user.id, toId(params.id, "Resume")),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
