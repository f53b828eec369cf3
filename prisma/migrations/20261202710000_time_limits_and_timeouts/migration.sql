-- AlterTable
ALTER TABLE "interview_sessions" ADD COLUMN     "time_limit_seconds" INTEGER;

-- AlterTable
ALTER TABLE "session_questions" ADD COLUMN     "timed_out" BOOLEAN NOT NULL DEFAULT false;


-- A limit the candidate chose: untimed (0) or between 1 and 30 minutes.
ALTER TABLE "interview_sessions" ADD CONSTRAINT "interview_sessions_time_limit_seconds_check"
  CHECK ("time_limit_seconds" IS NULL OR "time_limit_seconds" = 0 OR "time_limit_seconds" BETWEEN 60 AND 1800);
