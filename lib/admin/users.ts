import type { AuditContext } from "@/lib/audit/log";
import { nameSearchTerms } from "@/lib/crypto/personal-columns";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { conflict, notFound } from "@/lib/errors";
import { invalidateUser } from "@/lib/users/get-user";
import { deleteAccount } from "@/lib/users/update-profile";
import { revokeAllSessions } from "@/lib/auth/revocation";
import {
  adminUserListSchema,
  deleteUserSchema,
  suspendUserSchema,
  unsuspendUserSchema,
} from "@/lib/validations/admin";
import { parseInput } from "@/lib/validations/parse";
import { auditAdmin } from "./audit-admin";

const ACCOUNT_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  accountStatus: true,
  suspendedAt: true,
  suspensionReason: true,
  emailVerified: true,
  targetRole: true,
  experienceLevel: true,
  createdAt: true,
  deletedAt: true,
  lockedUntil: true,
} satisfies Prisma.UserSelect;

export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof ACCOUNT_FIELDS }>;

/**
 * Users for /admin/users: search by email (any part) or name (a whole word or the whole name,
 * any case: names are sealed, so they are matched on their blind index), filter by role and
 * status, paged.
 */
export async function listUsers(raw: unknown) {
  const query = parseInput(adminUserListSchema, raw);
  const where: Prisma.UserWhereInput = {
    ...(query.q
      ? {
          OR: [
            { email: { contains: query.q, mode: "insensitive" } },
            { nameIndex: { hasSome: nameSearchTerms(query.q) } },
          ],
        }
      : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.status === "deleted"
      ? { deletedAt: { not: null } }
      : { deletedAt: null, ...(query.status ? { accountStatus: query.status } : {}) }),
  };
  const orderBy: Prisma.UserOrderByWithRelationInput[] =
    query.sort === "email"
      ? [{ email: "asc" }]
      : [{ createdAt: query.sort === "oldest" ? "asc" : "desc" }, { id: "desc" }];
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy,
      select: { ...ACCOUNT_FIELDS, _count: { select: { interviewSessions: true } } },
      skip: (query.page - 1) * query.page_size,
      take: query.page_size,
    }),
    db.user.count({ where }),
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

/** One user with their interview sessions, sign-in sessions (token families) and usage. */
export async function getUserDetail(userId: number) {
  const user = await db.user.findUnique({ where: { id: userId }, select: ACCOUNT_FIELDS });
  if (!user) throw notFound("User");
  const now = new Date();
  const [sessions, statusCounts, answers, tokens, community, events] = await Promise.all([
    db.interviewSession.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: 25,
      select: {
        id: true,
        role: true,
        difficulty: true,
        status: true,
        questionCount: true,
        startTime: true,
        endTime: true,
        summary: { select: { overallSessionScore: true } },
      },
    }),
    db.interviewSession.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.answer.count({ where: { session: { userId } } }),
    db.refreshToken.findMany({
      where: { userId, revoked: false, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { familyId: true, deviceFingerprint: true, createdAt: true, expiresAt: true },
    }),
    db.communityQuestion.count({ where: { userId } }),
    db.auditLog.findMany({
      where: { userId },
      orderBy: { timestamp: "desc" },
      take: 20,
      select: { id: true, eventType: true, ipAddress: true, timestamp: true },
    }),
  ]);
  // One row per sign-in (token family): its newest token says when it was last refreshed.
  const signIns = [...new Map(tokens.map((t) => [t.familyId, t])).values()];
  const byStatus = Object.fromEntries(statusCounts.map((s) => [s.status, s._count._all]));
  return {
    user,
    sessions,
    signIns,
    usage: {
      sessions: {
        total: statusCounts.reduce((n, s) => n + s._count._all, 0),
        completed: byStatus.completed ?? 0,
        inProgress: byStatus.in_progress ?? 0,
        abandoned: byStatus.abandoned ?? 0,
      },
      answers,
      communityQuestions: community,
      lastActive: sessions[0]?.startTime ?? null,
    },
    events,
  };
}

interface Actor {
  id: number;
}

/** A target an administrator may act on: exists, not deleted, not the actor, not an admin. */
async function actionableUser(actor: Actor, userId: number, verb: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw notFound("User");
  if (user.id === actor.id) throw conflict(`You cannot ${verb} your own account`);
  if (user.role === "admin") {
    throw conflict(`Administrators cannot be ${verb}ed; revoke the admin role first`);
  }
  return user;
}

/**
 * Suspends an account. The web session check and the Bearer check read account_status (through
 * the L4 cache, dropped here), so the user is refused on their next request; refresh tokens are
 * revoked so no new access token can be minted either.
 */
export async function suspendUser(
  actor: Actor,
  userId: number,
  raw: unknown,
  context: AuditContext,
) {
  const { reason } = parseInput(suspendUserSchema, raw);
  const user = await actionableUser(actor, userId, "suspend");
  if (user.accountStatus === "suspended") throw conflict("This account is already suspended");
  await db.user.update({
    where: { id: userId },
    data: { accountStatus: "suspended", suspendedAt: new Date(), suspensionReason: reason },
  });
  // Web sessions and access tokens end on every instance; refresh tokens are revoked.
  const { refreshTokensRevoked: revoked } = await revokeAllSessions(userId, "suspended", context);
  await auditAdmin(
    "user_suspended",
    actor.id,
    { type: "user", id: userId, label: user.email },
    context,
    {
      reason,
      refresh_tokens_revoked: revoked,
    },
  );
  return { id: userId, account_status: "suspended" as const, refresh_tokens_revoked: revoked };
}

export async function unsuspendUser(
  actor: Actor,
  userId: number,
  raw: unknown,
  context: AuditContext,
) {
  const { reason } = parseInput(unsuspendUserSchema, raw ?? {});
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw notFound("User");
  if (user.accountStatus !== "suspended") throw conflict("This account is not suspended");
  await db.user.update({
    where: { id: userId },
    data: { accountStatus: "active", suspendedAt: null, suspensionReason: null },
  });
  await invalidateUser(userId);
  await auditAdmin(
    "user_unsuspended",
    actor.id,
    { type: "user", id: userId, label: user.email },
    context,
    {
      ...(reason ? { reason } : {}),
      previous_reason: user.suspensionReason,
    },
  );
  return { id: userId, account_status: "active" as const };
}

/**
 * Deletes an account through the same service as the user's own deletion (lib/privacy): every
 * row the user owns goes (resumes and their files, job descriptions, sessions and answers), their
 * audit events are anonymised, and the email is free again. Sessions end first, on every instance.
 * The admin event keeps the reason but not who the user was.
 */
export async function deleteUser(
  actor: Actor,
  userId: number,
  raw: unknown,
  context: AuditContext,
) {
  const { reason } = parseInput(deleteUserSchema, raw);
  await actionableUser(actor, userId, "delete");
  const { refreshTokensRevoked: revoked } = await revokeAllSessions(userId, "deleted", context);
  await deleteAccount(userId, context);
  await auditAdmin("user_deleted", actor.id, { type: "user", id: userId }, context, {
    reason,
    refresh_tokens_revoked: revoked,
  });
  return { id: userId, deleted: true };
}
