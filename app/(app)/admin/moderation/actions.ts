"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { moderateQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";

export const moderateAction = adminAction((admin, context, id: unknown, decision: unknown) =>
  moderateQuestion(admin, toId(id, "Community question"), decision, context),
);
