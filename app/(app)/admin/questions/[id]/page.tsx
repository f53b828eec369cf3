import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatUtc } from "@/components/admin/format";
import { Badge } from "@/components/ui/badge";
import { getQuestionForAdmin } from "@/lib/admin/question-bank";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { isAppError } from "@/lib/errors";
import { parseId } from "@/lib/validations/id";
import { QuestionEditor } from "./question-editor";

export const metadata: Metadata = { title: "Question · Admin" };

async function load(id: number | null) {
  if (id === null) notFound();
  try {
    return await getQuestionForAdmin(id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function AdminQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdminPage(`/admin/questions/${id}`);
  const { question: q, edited, editedAt } = await load(parseId(id));
  const points = Array.isArray(q.expectedAnswerPoints) ? q.expectedAnswerPoints.map(String) : [];
  return (
    <div className="grid max-w-3xl gap-4">
      <p className="text-sm">
        <Link href="/admin/questions" className="underline underline-offset-4">
          ← Question bank
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h2 className="mr-2 text-lg font-semibold">Question {q.id}</h2>
        <Badge variant="outline">{q.role}</Badge>
        <Badge variant="secondary">{q.source === "ai" ? "generated" : q.source}</Badge>
        {q.retiredAt ? <Badge variant="destructive">retired {formatUtc(q.retiredAt)}</Badge> : null}
        {edited ? <Badge variant="warning">edited {formatUtc(editedAt)}</Badge> : null}
        <span className="text-muted-foreground">{q._count.answers} answers</span>
      </div>
      {q.bankKey ? (
        <p className="text-sm text-muted-foreground">
          Bank key <code>{q.bankKey}</code>. Edits are checked by the bank&apos;s rules and kept
          over its file: every later seeding applies them too.
        </p>
      ) : null}
      <QuestionEditor
        question={{
          id: q.id,
          text: q.questionText,
          points,
          category: q.category,
          difficulty: q.difficulty,
          timeLimitSeconds: q.timeLimitSeconds,
          skills: q.skills,
          modelAnswer: q.modelAnswer,
          modelAnswerCovers: q.modelAnswerCovers,
          bank: q.bankKey !== null,
          retired: q.retiredAt !== null,
        }}
      />
    </div>
  );
}
