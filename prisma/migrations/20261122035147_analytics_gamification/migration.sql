-- AlterTable
ALTER TABLE "interview_sessions" ADD COLUMN     "practice_date" DATE;

-- AlterTable
ALTER TABLE "session_summaries" ADD COLUMN     "finalized_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "user_achievements" ADD COLUMN     "session_id" INTEGER;

-- CreateIndex
CREATE INDEX "interview_sessions_user_id_status_end_time_idx" ON "interview_sessions"("user_id", "status", "end_time");

-- CreateIndex
CREATE INDEX "interview_sessions_status_end_time_idx" ON "interview_sessions"("status", "end_time");

-- CreateIndex
CREATE INDEX "user_achievements_session_id_idx" ON "user_achievements"("session_id");

-- AddForeignKey
ALTER TABLE "user_achievements" ADD CONSTRAINT "user_achievements_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill (hand-written): summaries written before this migration are final; sessions completed
-- before it get their practice day (end_time in the user's zone; UTC if PostgreSQL does not know
-- the zone), and streaks are rebuilt from those days (gaps and islands).
UPDATE "session_summaries" SET "finalized_at" = "created_at" WHERE "finalized_at" IS NULL;

UPDATE "interview_sessions" AS s
SET "practice_date" = (s."end_time" AT TIME ZONE COALESCE(tz."name", 'UTC'))::date
FROM "users" AS u
LEFT JOIN (SELECT "name" FROM pg_timezone_names) AS tz ON tz."name" = u."timezone"
WHERE u."id" = s."user_id" AND s."status" = 'completed' AND s."end_time" IS NOT NULL AND s."practice_date" IS NULL;

WITH days AS (
    SELECT DISTINCT "user_id", "practice_date" AS d FROM "interview_sessions"
    WHERE "status" = 'completed' AND "practice_date" IS NOT NULL
), runs AS (
    SELECT "user_id", d, d - (ROW_NUMBER() OVER (PARTITION BY "user_id" ORDER BY d))::int AS grp FROM days
), islands AS (
    SELECT "user_id", grp, count(*)::int AS len, max(d) AS last_day FROM runs GROUP BY "user_id", grp
), per_user AS (
    SELECT "user_id", max(len) AS longest, max(last_day) AS last_day FROM islands GROUP BY "user_id"
)
INSERT INTO "user_streaks" ("user_id", "current_streak", "longest_streak", "last_practice_date")
SELECT p."user_id", i.len, p.longest, p.last_day
FROM per_user AS p JOIN islands AS i ON i."user_id" = p."user_id" AND i.last_day = p.last_day
ON CONFLICT ("user_id") DO UPDATE SET
    "current_streak" = EXCLUDED."current_streak",
    "longest_streak" = GREATEST("user_streaks"."longest_streak", EXCLUDED."longest_streak"),
    "last_practice_date" = EXCLUDED."last_practice_date";
