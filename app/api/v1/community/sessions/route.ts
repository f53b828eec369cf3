import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { startCompanySession } from "@/lib/community/practise";

// POST /api/v1/community/sessions – { company, role?, question_count? }: a session of the
// company's approved questions
export const POST = authedRoute(async ({ request, user }) => {
  await assertCommunityEnabled(user.id);
  return {
    status: 201,
    data: await startCompanySession(user.id, await readJsonBody(request, z.unknown())),
  };
});
