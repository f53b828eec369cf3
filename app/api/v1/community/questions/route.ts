import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { browseCommunity, submitCommunityQuestion } from "@/lib/community/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/community/questions – approved questions (?company, role, sort=top|newest, page)
export const GET = authedRoute(async ({ request, user }) => {
  await assertCommunityEnabled(user.id);
  const { items, pagination } = await browseCommunity(
    user.id,
    Object.fromEntries(request.nextUrl.searchParams),
  );
  return { data: items, meta: { pagination } };
});

// POST /api/v1/community/questions – { company, role, level?, interview_date?, category,
// question_text, notes? }: waits for moderation; near-duplicates are returned with it
export const POST = authedRoute(async ({ request, user, audit }) => {
  await assertCommunityEnabled(user.id);
  const { question, duplicates } = await submitCommunityQuestion(
    user.id,
    await readJsonBody(request, z.unknown()),
    audit,
  );
  return {
    status: 201,
    data: { id: question.id, status: question.status, possible_duplicates: duplicates },
  };
});

// Every other method: 405 in the API's envelope.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
