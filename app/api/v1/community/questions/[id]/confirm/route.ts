import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { confirmQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";

// POST /api/v1/community/questions/{id}/confirm – "I was asked this too" (idempotent)
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => {
  await assertCommunityEnabled(user.id);
  return { data: await confirmQuestion(user.id, toId(params.id, "Community question")) };
});
