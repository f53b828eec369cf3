import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { moderateQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";

// PUT /api/v1/admin/community-questions/{id} – { action: approve|reject|flag, note?, points? }
export const PUT = authedRoute<{ id: string }>(
  async ({ params, request, user, audit }) => ({
    data: await moderateQuestion(
      user,
      toId(params.id, "Community question"),
      await readJsonBody(request, z.unknown()),
      audit,
    ),
  }),
  { admin: true },
);
