import { authedRoute } from "@/lib/api/handler";
import { setPrimaryResume } from "@/lib/resumes/manage-resume";
import { toId } from "@/lib/validations/id";

// POST /api/v1/resumes/{id}/primary – make this version the primary resume
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await setPrimaryResume(user.id, toId(params.id, "Resume")),
}));
