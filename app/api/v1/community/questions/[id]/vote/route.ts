import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { voteOnQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// PUT /api/v1/community/questions/{id}/vote – { vote: "up" | "down" | "none" }; one per user
export const PUT = authedRoute<{ id: string }>(async ({ params, request, user }) => {
  await assertCommunityEnabled(user.id);
  return {
    data: await voteOnQuestion(
      user.id,
      toId(params.id, "Community question"),
      await readJsonBody(request, z.unknown()),
    ),
  };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("PUT");
export const POST = methodNotAllowed("PUT");
export const PATCH = methodNotAllowed("PUT");
export const DELETE = methodNotAllowed("PUT");
