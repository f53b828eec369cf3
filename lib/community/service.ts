import type { AuditContext } from "@/lib/audit/log";
import { audit } from "@/lib/audit/log";
import { auditAdmin } from "@/lib/admin/audit-admin";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Difficulty, ExperienceLevel } from "@/lib/db/generated/enums";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, conflict, notFound, validationError } from "@/lib/errors";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import { invalidateAllQuestionPools } from "@/lib/questions/question-pool";
import {
  browseCommunitySchema,
  companyKey,
  moderateSchema,
  moderationQueueSchema,
  reportSchema,
  submitCommunityQuestionSchema,
  voteSchema,
} from "@/lib/validations/community";
import { parseInput } from "@/lib/validations/parse";
import { bankCandidates, findNearDuplicates, type DuplicateMatch } from "./duplicates";
import { CONFIRMATIONS_TO_VERIFY, QUEUE_STATUSES, REPORTS_TO_FLAG, nextStatus } from "./moderation";

const COMMUNITY_CANDIDATES = 500;

/** A user submits a question they were asked; it waits for moderation. */
export async function submitCommunityQuestion(
  userId: number,
  raw: unknown,
  context: AuditContext = {},
) {
  const input = parseInput(submitCommunityQuestionSchema, raw);
  const key = companyKey(input.company);
  const others = await db.communityQuestion.findMany({
    where: { companyKey: key, status: { not: "rejected" } },
    select: { id: true, questionText: true },
    orderBy: { id: "desc" },
    take: COMMUNITY_CANDIDATES,
  });
  const duplicates: DuplicateMatch[] = [
    ...findNearDuplicates(
      input.question_text,
      others.map((o) => ({ kind: "community" as const, id: o.id, text: o.questionText })),
    ),
    ...findNearDuplicates(input.question_text, bankCandidates(input.role), 3),
  ];
  const created = await db.communityQuestion.create({
    data: {
      userId,
      companyName: input.company,
      companyKey: key,
      role: input.role,
      experienceLevel: input.level ?? null,
      category: input.category,
      questionText: input.question_text,
      notes: input.notes ?? null,
      interviewDate: input.interview_date ?? null,
      duplicates: duplicates as unknown as Prisma.InputJsonValue,
    },
  });
  await audit("community.submitted", userId, context, { community_question_id: created.id });
  return { question: created, duplicates };
}

async function publicQuestion(id: number) {
  const q = await db.communityQuestion.findUnique({ where: { id } });
  if (!q || q.status !== "approved") throw notFound("Community question");
  return q;
}

/**
 * One vote per user per question, changeable and removable. The unique (question, user) index
 * makes concurrent votes idempotent (an upsert in one statement), and the counts are recomputed
 * from the votes themselves, so they can never drift from them.
 */
export async function voteOnQuestion(userId: number, id: number, raw: unknown) {
  const { vote } = parseInput(voteSchema, raw);
  const q = await publicQuestion(id);
  if (q.userId === userId) throw conflict("You cannot vote on your own question");
  if (vote === "none") {
    await db.communityVote.deleteMany({ where: { communityQuestionId: id, userId } });
  } else {
    const value = vote === "up" ? 1 : -1;
    await db.$executeRaw`
      INSERT INTO "community_question_votes" ("community_question_id", "user_id", "value")
      VALUES (${id}, ${userId}, ${value}::smallint)
      ON CONFLICT ("community_question_id", "user_id")
      DO UPDATE SET "value" = EXCLUDED."value", "updated_at" = now()`;
  }
  const [row] = await db.$queryRaw<{ upvotes: number; downvotes: number }[]>`
    UPDATE "community_questions" SET
      "upvotes" = (SELECT count(*) FROM "community_question_votes" WHERE "community_question_id" = ${id} AND "value" = 1),
      "downvotes" = (SELECT count(*) FROM "community_question_votes" WHERE "community_question_id" = ${id} AND "value" = -1)
    WHERE "id" = ${id}
    RETURNING "upvotes", "downvotes"`;
  return { id, vote, upvotes: row?.upvotes ?? 0, downvotes: row?.downvotes ?? 0 };
}

/** "I was asked this too": once per user; enough of them verify the question. */
export async function confirmQuestion(userId: number, id: number) {
  const q = await publicQuestion(id);
  if (q.userId === userId) throw conflict("You cannot confirm your own question");
  await db.$executeRaw`
    INSERT INTO "community_question_confirmations" ("community_question_id", "user_id")
    VALUES (${id}, ${userId}) ON CONFLICT DO NOTHING`;
  const [row] = await db.$queryRaw<{ confirmations: number; verified: boolean }[]>`
    UPDATE "community_questions" SET
      "confirmations" = c.n, "verified" = c.n >= ${CONFIRMATIONS_TO_VERIFY}::int
    FROM (SELECT count(*)::int AS n FROM "community_question_confirmations" WHERE "community_question_id" = ${id}) c
    WHERE "id" = ${id}
    RETURNING "confirmations", "verified"`;
  return { id, confirmations: row?.confirmations ?? 0, verified: row?.verified ?? false };
}

/**
 * Reports a question (once per user). When open reports reach REPORTS_TO_FLAG, an approved
 * question goes back to the moderators (flagged) and stops being practised.
 */
export async function reportQuestion(
  userId: number,
  id: number,
  raw: unknown,
  context: AuditContext = {},
) {
  const input = parseInput(reportSchema, raw);
  const q = await publicQuestion(id);
  try {
    await db.communityReport.create({
      data: {
        communityQuestionId: id,
        userId,
        reason: input.reason,
        details: input.details ?? null,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You already reported this question");
    throw error;
  }
  const open = await db.communityReport.count({
    where: { communityQuestionId: id, resolvedAt: null },
  });
  await db.communityQuestion.update({ where: { id }, data: { reportCount: open } });
  let status = q.status;
  const flagged = open >= REPORTS_TO_FLAG ? nextStatus(q.status, "reports") : null;
  if (flagged) {
    const { count } = await db.communityQuestion.updateMany({
      where: { id, status: q.status },
      data: { status: flagged },
    });
    if (count === 1) {
      status = flagged;
      await setPractisable(q.questionId, false);
    }
  }
  await audit("community.reported", userId, context, {
    community_question_id: id,
    reason: input.reason,
    open_reports: open,
  });
  return { id, reported: true, status };
}

const LEVEL_DIFFICULTY: Record<ExperienceLevel, Difficulty> = {
  Entry: "Easy",
  Mid: "Medium",
  Senior: "Hard",
  Staff: "Expert",
  Principal: "Expert",
};

async function setPractisable(questionId: number | null, on: boolean) {
  if (questionId === null) return;
  await db.question.update({
    where: { id: questionId },
    data: { retiredAt: on ? null : new Date() },
  });
  await invalidateAllQuestionPools();
}

/** The practisable question of an approved submission: created once, with the moderator's points. */
async function practisableQuestion(
  q: Awaited<ReturnType<typeof publicQuestion>>,
  points: string[] | undefined,
): Promise<number> {
  if (q.questionId !== null) {
    if (points) {
      await db.question.update({
        where: { id: q.questionId },
        data: { expectedAnswerPoints: points },
      });
    }
    await setPractisable(q.questionId, true);
    return q.questionId;
  }
  if (!points) {
    throw validationError({
      points: ["List 3–6 points a good answer covers: they are what answers are scored against"],
    });
  }
  const fingerprint = questionFingerprint(q.role, q.questionText);
  const existing = await db.question.findUnique({ where: { fingerprint } });
  if (existing) return existing.id;
  const technical = q.category === "Coding" || q.category === "System_Design";
  const created = await db.question.create({
    data: {
      questionText: q.questionText,
      category: q.category,
      difficulty: q.experienceLevel ? LEVEL_DIFFICULTY[q.experienceLevel] : "Medium",
      role: q.role,
      expectedAnswerPoints: points,
      timeLimitSeconds: technical ? 480 : 300,
      source: "community",
      fingerprint,
    },
  });
  await invalidateAllQuestionPools();
  return created.id;
}

/**
 * A moderator's decision, by the state machine (lib/community/moderation.ts). Approval makes the
 * question practisable; flagging or rejecting an approved one stops that. Open reports are
 * resolved by any decision. Concurrent decisions: the update is conditional on the status read,
 * so only one of two moderators acting at once succeeds (the other gets 409).
 */
export async function moderateQuestion(
  actor: { id: number },
  id: number,
  raw: unknown,
  context: AuditContext,
) {
  const input = parseInput(moderateSchema, raw);
  const q = await db.communityQuestion.findUnique({ where: { id } });
  if (!q) throw notFound("Community question");
  const to = nextStatus(q.status, input.action);
  if (!to) {
    throw new AppError(
      "CONFLICT",
      `A ${q.status.replace("_", " ")} question cannot be ${input.action === "flag" ? "flagged" : `${input.action}d`}`,
    );
  }
  const questionId = to === "approved" ? await practisableQuestion(q, input.points) : q.questionId;
  const { count } = await db.communityQuestion.updateMany({
    where: { id, status: q.status },
    data: {
      status: to,
      moderatedById: actor.id,
      moderatedAt: new Date(),
      moderationNote: input.note ?? null,
      questionId,
    },
  });
  if (count !== 1) throw conflict("Another moderator changed this question; reload it");
  if (to !== "approved") await setPractisable(questionId, false);
  await db.communityReport.updateMany({
    where: { communityQuestionId: id, resolvedAt: null },
    data: { resolvedAt: new Date() },
  });
  await db.communityQuestion.update({ where: { id }, data: { reportCount: 0 } });
  await auditAdmin(
    `community_${to === "approved" ? "approved" : to === "rejected" ? "rejected" : "flagged"}`,
    actor.id,
    { type: "community_question", id, label: `${q.companyName}: ${q.questionText.slice(0, 60)}` },
    context,
    { from: q.status, to, ...(input.note ? { note: input.note } : {}) },
  );
  return { id, status: to, question_id: questionId };
}

/**
 * The moderation queue: pending and flagged questions, and approved ones with open reports (too
 * few to flag them yet, but a moderator should see them); or one status. Most reported first.
 */
export async function moderationQueue(raw: unknown) {
  const query = parseInput(moderationQueueSchema, raw);
  const where: Prisma.CommunityQuestionWhereInput = query.status
    ? { status: query.status }
    : {
        OR: [{ status: { in: QUEUE_STATUSES } }, { status: "approved", reportCount: { gt: 0 } }],
      };
  const [items, total] = await Promise.all([
    db.communityQuestion.findMany({
      where,
      orderBy: [{ reportCount: "desc" }, { createdAt: "asc" }],
      skip: (query.page - 1) * query.page_size,
      take: query.page_size,
      include: {
        user: { select: { id: true, email: true } },
        reports: { where: { resolvedAt: null }, select: { reason: true, details: true } },
      },
    }),
    db.communityQuestion.count({ where }),
  ]);
  return {
    items,
    query,
    pagination: {
      page: query.page,
      page_size: query.page_size,
      total,
      total_pages: Math.max(1, Math.ceil(total / query.page_size)),
    },
  };
}

/** Approved questions, by company and role; the caller's own vote and confirmation with each. */
export async function browseCommunity(userId: number, raw: unknown) {
  const query = parseInput(browseCommunitySchema, raw);
  const where: Prisma.CommunityQuestionWhereInput = {
    status: "approved",
    ...(query.company ? { companyKey: companyKey(query.company) } : {}),
    ...(query.role ? { role: { equals: query.role, mode: "insensitive" } } : {}),
  };
  const [items, total] = await Promise.all([
    db.communityQuestion.findMany({
      where,
      orderBy:
        query.sort === "newest"
          ? [{ createdAt: "desc" }]
          : [{ verified: "desc" }, { upvotes: "desc" }, { createdAt: "desc" }],
      skip: (query.page - 1) * query.page_size,
      take: query.page_size,
      include: {
        votes: { where: { userId }, select: { value: true } },
        confirmedBy: { where: { userId }, select: { id: true } },
        reports: { where: { userId }, select: { id: true } },
      },
    }),
    db.communityQuestion.count({ where }),
  ]);
  return {
    items: items.map((q) => toCommunityDto(q, userId)),
    query,
    pagination: {
      page: query.page,
      page_size: query.page_size,
      total,
      total_pages: Math.max(1, Math.ceil(total / query.page_size)),
    },
  };
}

type BrowseRow = Prisma.CommunityQuestionGetPayload<{
  include: {
    votes: { select: { value: true } };
    confirmedBy: { select: { id: true } };
    reports: { select: { id: true } };
  };
}>;

export const toCommunityDto = (q: BrowseRow, userId: number) => ({
  id: q.id,
  company: q.companyName,
  role: q.role,
  level: q.experienceLevel,
  category: q.category,
  question_text: q.questionText,
  notes: q.notes,
  interview_date: q.interviewDate?.toISOString().slice(0, 10) ?? null,
  upvotes: q.upvotes,
  downvotes: q.downvotes,
  confirmations: q.confirmations,
  verified: q.verified,
  mine: q.userId === userId,
  my_vote: q.votes[0] ? (q.votes[0].value > 0 ? ("up" as const) : ("down" as const)) : null,
  confirmed_by_me: q.confirmedBy.length > 0,
  reported_by_me: q.reports.length > 0,
  created_at: q.createdAt.toISOString(),
});

/** Companies with approved questions, most questions first, with the roles asked about. */
export async function communityCompanies() {
  const rows = await db.communityQuestion.groupBy({
    by: ["companyKey", "role"],
    where: { status: "approved" },
    _count: { _all: true },
    _max: { companyName: true },
  });
  const byCompany = new Map<string, { company: string; count: number; roles: string[] }>();
  for (const r of rows) {
    const entry = byCompany.get(r.companyKey) ?? {
      company: r._max.companyName ?? r.companyKey,
      count: 0,
      roles: [],
    };
    entry.count += r._count._all;
    entry.roles.push(r.role);
    byCompany.set(r.companyKey, entry);
  }
  return [...byCompany.values()].sort(
    (a, b) => b.count - a.count || a.company.localeCompare(b.company),
  );
}

/** The user's own submissions, newest first, with their moderation state. */
export async function mySubmissions(userId: number) {
  return db.communityQuestion.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      companyName: true,
      role: true,
      questionText: true,
      status: true,
      moderationNote: true,
      createdAt: true,
    },
  });
}

/**
 * The practisable questions of one company (optionally one role): what a company session asks
 * and what company coaching reads.
 */
export async function companyQuestionIds(company: string, role?: string): Promise<number[]> {
  const rows = await db.communityQuestion.findMany({
    where: {
      status: "approved",
      companyKey: companyKey(company),
      questionId: { not: null },
      question: { retiredAt: null },
      ...(role ? { role: { equals: role, mode: "insensitive" } } : {}),
    },
    select: { questionId: true },
    orderBy: [{ verified: "desc" }, { upvotes: "desc" }],
  });
  return rows.map((r) => r.questionId!).filter((id) => id !== null);
}
