"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { editQuestion, setQuestionRetired } from "@/lib/admin/question-bank";
import { toId } from "@/lib/validations/id";

export const editQuestionAction = adminAction(
  async (admin, context, id: unknown, fields: unknown) => {
    const q = await editQuestion(admin, toId(id, "Question"), fields, context);
    return { id: q.id };
  },
);

export const retireQuestionAction = adminAction(
  async (admin, context, id: unknown, retired: unknown) => {
    const q = await setQuestionRetired(admin, toId(id, "Question"), { retired }, context);
    return { id: q.id, retired: q.retiredAt !== null };
  },
);
