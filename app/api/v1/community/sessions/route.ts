import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { startCompanySession } from "@/lib/community/practise";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/community/sessions – { company, role?, question_count? }: a session of the
// company's approved questions
export const POST = authedRoute(async ({ request, user }) => {
  await assertCommunityEnabled(user.id);
  return {
    status: 201,
    data: await startCompanySession(user.id, await readJsonBody(request, z.unknown())),
  };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
