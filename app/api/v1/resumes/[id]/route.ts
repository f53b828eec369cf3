import { authedRoute } from "@/lib/api/handler";
import { deleteResume } from "@/lib/resumes/manage-resume";
import { getResume } from "@/lib/resumes/resume-queries";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/resumes/{id} – status, and the analysis once ready
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getResume(user.id, toId(params.id, "Resume")),
}));

// DELETE /api/v1/resumes/{id} – removes the version, its analysis and its file
export const DELETE = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await deleteResume(user.id, toId(params.id, "Resume")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET, DELETE");
export const PUT = methodNotAllowed("GET, DELETE");
export const PATCH = methodNotAllowed("GET, DELETE");
