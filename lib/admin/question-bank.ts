import { z } from "zod";
import type { AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SqlRunner } from "@/lib/db/migrations";
import { isUniqueViolation } from "@/lib/db/errors";
import { MIGRATION_LOCK_KEY } from "@/lib/db/postgres-migrate";
import { conflict, notFound, validationError } from "@/lib/errors";
import { editedQuestion, type BankEdit } from "@/lib/questions/bank/edits";
import { questionBank } from "@/lib/questions/bank/load";
import type { BankQuestion } from "@/lib/questions/bank/schema";
import { seedQuestionBank, type SeedReport } from "@/lib/questions/bank/seed";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import { invalidateAllQuestionPools } from "@/lib/questions/question-pool";
import {
  adminQuestionListSchema,
  questionEditSchema,
  retireQuestionSchema,
  type QuestionEditInput,
} from "@/lib/validations/admin";
import { toFieldErrors, parseInput } from "@/lib/validations/parse";
import { questionSchema } from "@/lib/validations/question";
import { auditAdmin } from "./audit-admin";

/** Questions for /admin/questions: text search, role, category, difficulty, source, state. */
export async function listQuestions(raw: unknown) {
  const query = parseInput(adminQuestionListSchema, raw);
  const where: Prisma.QuestionWhereInput = {
    // Personal questions quote one candidate's resume: not the moderators' to browse.
    ownerUserId: null,
    retiredAt: query.state === "retired" ? { not: null } : null,
    ...(query.q
      ? {
          OR: [
            { questionText: { contains: query.q, mode: "insensitive" } },
            { bankKey: { contains: query.q, mode: "insensitive" } },
            { skills: { has: query.q.toLowerCase() } },
          ],
        }
      : {}),
    ...(query.role ? { role: { equals: query.role, mode: "insensitive" } } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.difficulty ? { difficulty: query.difficulty } : {}),
    ...(query.source ? { source: query.source } : {}),
  };
  const [items, total, roles] = await Promise.all([
    db.question.findMany({
      where,
      orderBy: [{ role: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.page_size,
      take: query.page_size,
      select: {
        id: true,
        questionText: true,
        role: true,
        category: true,
        difficulty: true,
        source: true,
        bankKey: true,
        retiredAt: true,
        _count: { select: { answers: true } },
      },
    }),
    db.question.count({ where }),
    db.question.groupBy({ by: ["role"], orderBy: { role: "asc" } }),
  ]);
  return {
    items,
    query,
    roles: roles.map((r) => r.role),
    pagination: {
      page: query.page,
      page_size: query.page_size,
      total,
      total_pages: Math.max(1, Math.ceil(total / query.page_size)),
    },
  };
}

export async function getQuestionForAdmin(id: number) {
  const question = await db.question.findUnique({
    where: { id },
    include: { _count: { select: { answers: true } } },
  });
  if (!question) throw notFound("Question");
  const edit = question.bankKey
    ? await db.questionBankEdit.findUnique({ where: { bankKey: question.bankKey } })
    : null;
  return { question, edited: Boolean(edit?.content), editedAt: edit?.updatedAt ?? null };
}

/** Prisma raw queries inside one interactive transaction, as the seeding code's SqlRunner. */
type RawClient = Pick<Prisma.TransactionClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

function transactionRunner(tx: RawClient): SqlRunner {
  return {
    exec: (sql) => tx.$executeRawUnsafe(sql),
    query: async <T>(sql: string, params: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<T[]>(sql, ...params),
    }),
  };
}

/**
 * Stores an edit of a bank question and re-seeds in the same transaction, so the table changes
 * exactly as the next start-up seeding would change it (and keeps the edit from then on). Runs
 * under the migration lock: never at the same time as another instance's seeding or edit.
 */
async function saveBankEdit(
  bankKey: string,
  change: { content?: BankEdit["content"]; retired?: boolean },
  actorId: number,
): Promise<SeedReport> {
  const report = await db.$transaction(
    async (tx) => {
      // A void result cannot be read back: select a constant from the lock call instead.
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${MIGRATION_LOCK_KEY}::bigint)`;
      await tx.questionBankEdit.upsert({
        where: { bankKey },
        create: {
          bankKey,
          content: change.content ?? undefined,
          retired: change.retired ?? false,
          editedById: actorId,
        },
        update: {
          ...(change.content === undefined
            ? {}
            : { content: change.content as Prisma.InputJsonValue }),
          ...(change.retired === undefined ? {} : { retired: change.retired }),
          editedById: actorId,
        },
      });
      return seedQuestionBank(transactionRunner(tx), questionBank().questions, {
        inTransaction: true,
      });
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  await invalidateAllQuestionPools();
  return report;
}

function bankQuestionOf(key: string): BankQuestion {
  const question = questionBank().questions.find((q) => q.key === key);
  // A row keeps a key its file no longer has only when retired by the files themselves.
  if (!question)
    throw conflict("This question was removed from the bank's files; it cannot be edited");
  return question;
}

/** The changed fields of an edit, over what the question is now (file plus earlier edit). */
function mergedContent(current: BankEdit["content"], input: QuestionEditInput) {
  const content: Record<string, unknown> = { ...(current ?? {}) };
  for (const [k, v] of Object.entries(input)) if (v !== undefined) content[k] = v;
  return content as NonNullable<BankEdit["content"]>;
}

function asValidation(error: unknown): never {
  if (error instanceof z.ZodError) throw validationError(toFieldErrors(error));
  throw error;
}

/**
 * Edits a question. Bank questions go through the bank's rules and its seeding (the edit is
 * stored, so re-seeding keeps it); generated and community questions are updated in place.
 */
export async function editQuestion(
  actor: { id: number },
  id: number,
  raw: unknown,
  context: AuditContext,
) {
  const input = parseInput(questionEditSchema, raw);
  const { question } = await getQuestionForAdmin(id);
  let changed: string[];
  if (question.bankKey) {
    const base = bankQuestionOf(question.bankKey);
    const stored = await db.questionBankEdit.findUnique({ where: { bankKey: question.bankKey } });
    const existing = stored?.content as BankEdit["content"] | undefined;
    const content = mergedContent(existing ?? null, input);
    let next: BankQuestion;
    try {
      next = editedQuestion(base, content);
    } catch (error) {
      asValidation(error);
    }
    const twin = await db.question.findFirst({
      where: { fingerprint: questionFingerprint(next.role, next.text), id: { not: id } },
      select: { id: true },
    });
    if (twin) throw conflict(`Question ${twin.id} already has this text`);
    await saveBankEdit(question.bankKey, { content }, actor.id);
    changed = Object.keys(input).filter((k) => input[k as keyof QuestionEditInput] !== undefined);
  } else {
    const parsed = questionSchema.safeParse({
      text: input.text ?? question.questionText,
      category: input.category ?? question.category,
      points: input.points ?? question.expectedAnswerPoints,
      timeLimitSeconds: input.timeLimitSeconds ?? question.timeLimitSeconds,
    });
    if (!parsed.success) asValidation(parsed.error);
    const next = parsed.data;
    try {
      await db.question.update({
        where: { id },
        data: {
          questionText: next.text,
          category: next.category,
          expectedAnswerPoints: next.points,
          timeLimitSeconds: next.timeLimitSeconds,
          fingerprint: questionFingerprint(question.role, next.text),
          ...(input.difficulty ? { difficulty: input.difficulty } : {}),
        },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("Another question already has this text");
      throw error;
    }
    await invalidateAllQuestionPools();
    changed = Object.keys(input).filter((k) => input[k as keyof QuestionEditInput] !== undefined);
  }
  await auditAdmin(
    "question_edited",
    actor.id,
    { type: "question", id, label: question.bankKey ?? question.questionText.slice(0, 80) },
    context,
    { fields: changed, source: question.source },
  );
  return (await getQuestionForAdmin(id)).question;
}

/** Retires a question (never selected again; answers keep it) or brings it back. */
export async function setQuestionRetired(
  actor: { id: number },
  id: number,
  raw: unknown,
  context: AuditContext,
) {
  const { retired } = parseInput(retireQuestionSchema, raw);
  const { question } = await getQuestionForAdmin(id);
  if (Boolean(question.retiredAt) === retired) {
    throw conflict(retired ? "This question is already retired" : "This question is not retired");
  }
  if (question.bankKey) {
    bankQuestionOf(question.bankKey);
    await saveBankEdit(question.bankKey, { retired }, actor.id);
  } else {
    await db.question.update({
      where: { id },
      data: { retiredAt: retired ? new Date() : null },
    });
    await invalidateAllQuestionPools();
  }
  await auditAdmin(
    retired ? "question_retired" : "question_restored",
    actor.id,
    { type: "question", id, label: question.bankKey ?? question.questionText.slice(0, 80) },
    context,
    { source: question.source },
  );
  return (await getQuestionForAdmin(id)).question;
}
