import type { CommunityQuestionStatus } from "@/lib/db/generated/enums";

/**
 * The moderation state machine of community questions (pure):
 *   pending_moderation → approved | rejected | flagged
 *   flagged            → approved | rejected
 *   approved           → flagged  (a moderator, or enough open reports)
 *   rejected           → (final)
 * Only a moderator's "approve" makes a question public; reports can only take it down.
 */
export type ModerationAction = "approve" | "reject" | "flag" | "reports";

export const MODERATION_ACTIONS = ["approve", "reject", "flag"] as const;

const TRANSITIONS: Record<
  CommunityQuestionStatus,
  Partial<Record<ModerationAction, CommunityQuestionStatus>>
> = {
  pending_moderation: { approve: "approved", reject: "rejected", flag: "flagged" },
  flagged: { approve: "approved", reject: "rejected" },
  approved: { flag: "flagged", reports: "flagged" },
  rejected: {},
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(
  status: CommunityQuestionStatus,
  action: ModerationAction,
): CommunityQuestionStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

/** Actions a moderator may take on a question in `status` (the buttons the queue shows). */
export const allowedActions = (status: CommunityQuestionStatus): ModerationAction[] =>
  MODERATION_ACTIONS.filter((a) => nextStatus(status, a) !== null);

/** Open reports that take an approved question back to the moderators. */
export const REPORTS_TO_FLAG = 3;
/** Confirmations ("I was asked this too") that earn the verified badge. */
export const CONFIRMATIONS_TO_VERIFY = 3;

export const isPublic = (status: CommunityQuestionStatus): boolean => status === "approved";

/** What the queue shows: new submissions and questions taken down for another look. */
export const QUEUE_STATUSES: CommunityQuestionStatus[] = ["pending_moderation", "flagged"];
