import { authedRoute } from "@/lib/api/handler";
import {
  deleteJobDescription,
  getJobDescription,
} from "@/lib/job-descriptions/job-description-service";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/job-descriptions/{id} – the text and its requirements
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getJobDescription(user.id, toId(params.id, "Job description")),
}));

// DELETE /api/v1/job-descriptions/{id}
export const DELETE = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await deleteJobDescription(user.id, toId(params.id, "Job description")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET, DELETE");
export const PUT = methodNotAllowed("GET, DELETE");
export const PATCH = methodNotAllowed("GET, DELETE");
