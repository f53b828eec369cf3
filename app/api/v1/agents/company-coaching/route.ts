import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { requestCompanyCoaching } from "@/lib/agents/requests";

// POST /api/v1/agents/company-coaching – coaching for a company: { company, role? } (202 queued)
export const POST = authedRoute(
  async ({ request, user }) =>
    requestCompanyCoaching(user.id, await readJsonBody(request, z.unknown())),
  { rateLimit: "agent:run" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
