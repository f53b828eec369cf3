import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { editQuestion, getQuestionForAdmin, setQuestionRetired } from "@/lib/admin/question-bank";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

type Params = { id: string };

// GET /api/v1/admin/questions/{id}
export const GET = authedRoute<Params>(
  async ({ params }) => ({ data: await getQuestionForAdmin(toId(params.id, "Question")) }),
  { admin: true },
);

// PATCH /api/v1/admin/questions/{id} – { text?, points?, category?, difficulty?,
// timeLimitSeconds?, skills?, modelAnswer?, modelAnswerCovers? } edits; { retired } retires or
// restores. Bank questions change through the bank's seeding.
export const PATCH = authedRoute<Params>(
  async ({ params, request, user, audit }) => {
    const id = toId(params.id, "Question");
    const body = await readJsonBody(request, z.record(z.string(), z.unknown()));
    const { retired, ...edit } = body;
    let question = null;
    if (Object.keys(edit).length > 0) question = await editQuestion(user, id, edit, audit);
    if (retired !== undefined) question = await setQuestionRetired(user, id, { retired }, audit);
    return { data: question ?? (await getQuestionForAdmin(id)).question };
  },
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET, PATCH");
export const PUT = methodNotAllowed("GET, PATCH");
export const DELETE = methodNotAllowed("GET, PATCH");
