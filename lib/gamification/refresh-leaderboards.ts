import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { recomputeLeaderboards } from "./recompute-leaderboards";

let running: Promise<unknown> | null = null;

/**
 * The boards are rebuilt every 10 minutes; a candidate who just finished a session should not
 * read "complete a session" until then. When the caller's latest session summary is newer than
 * the boards, they are rebuilt now (once: afterwards the boards are newer; concurrent callers on
 * this instance share one run, and runs on several instances serialise on the advisory lock).
 * A failed rebuild is logged and the boards are read as they are.
 */
export async function refreshLeaderboardsFor(userId: number): Promise<void> {
  const [board, latest] = await Promise.all([
    db.leaderboardEntry.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    db.sessionSummary.findFirst({
      where: {
        session: {
          userId,
          status: "completed",
          user: { leaderboardOptOut: false, deletedAt: null },
        },
      },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  if (!latest || (board && board.createdAt >= latest.createdAt)) return;
  running ??= recomputeLeaderboards()
    .catch((error: unknown) => logger.warn("leaderboard refresh failed", { error: String(error) }))
    .finally(() => {
      running = null;
    });
  await running;
}
