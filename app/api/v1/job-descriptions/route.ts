import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import {
  createJobDescription,
  listJobDescriptions,
} from "@/lib/job-descriptions/job-description-service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/job-descriptions – save a pasted job description with its required / nice-to-have skills
export const POST = authedRoute(async ({ request, user }) => ({
  status: 201,
  data: await createJobDescription(user.id, await readJsonBody(request, z.unknown())),
}));

// GET /api/v1/job-descriptions – the caller's job descriptions, newest first
export const GET = authedRoute(async ({ user }) => ({ data: await listJobDescriptions(user.id) }));

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
