-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('user', 'admin');

-- CreateEnum
CREATE TYPE "ExperienceLevel" AS ENUM ('Entry', 'Mid', 'Senior', 'Staff', 'Principal');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('active', 'suspended', 'pending_verification');

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('Easy', 'Medium', 'Hard', 'Expert');

-- CreateEnum
CREATE TYPE "QuestionCategory" AS ENUM ('Technical', 'Behavioral', 'Domain_Specific', 'System_Design', 'Coding');

-- CreateEnum
CREATE TYPE "QuestionSource" AS ENUM ('bank', 'ai', 'community');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('in_progress', 'completed', 'abandoned');

-- CreateEnum
CREATE TYPE "SessionQuestionStatus" AS ENUM ('pending', 'answered', 'skipped');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('pending', 'processing', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "ResumeStatus" AS ENUM ('uploaded', 'text_extracted', 'skills_extracted', 'experience_parsed', 'education_parsed', 'extraction_failed');

-- CreateEnum
CREATE TYPE "AchievementType" AS ENUM ('First_Interview', 'Ten_Interviews', 'Fifty_Interviews', 'Perfect_Score', 'Seven_Day_Streak', 'Thirty_Day_Streak', 'Category_Master');

-- CreateEnum
CREATE TYPE "LeaderboardPeriod" AS ENUM ('weekly', 'all_time');

-- CreateEnum
CREATE TYPE "AiProviderName" AS ENUM ('groq', 'gemini', 'huggingface', 'ollama', 'builtin');

-- CreateEnum
CREATE TYPE "AgentType" AS ENUM ('resume_analysis', 'study_plan', 'company_coaching');

-- CreateEnum
CREATE TYPE "CacheLayer" AS ENUM ('L1_Questions', 'L2_Evaluations', 'L3_Sessions', 'L4_User_Prefs');

-- CreateEnum
CREATE TYPE "CommunityQuestionStatus" AS ENUM ('pending_moderation', 'approved', 'rejected', 'flagged');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'user',
    "target_role" VARCHAR(100),
    "experience_level" "ExperienceLevel",
    "account_status" "AccountStatus" NOT NULL DEFAULT 'active',
    "failed_login_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "timezone" VARCHAR(64) NOT NULL DEFAULT 'UTC',
    "leaderboard_opt_out" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resumes" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "file_url" TEXT NOT NULL,
    "file_size" INTEGER NOT NULL,
    "extracted_text" TEXT,
    "skills" JSONB,
    "experience" JSONB,
    "education" JSONB,
    "status" "ResumeStatus" NOT NULL DEFAULT 'uploaded',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resumes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_analyses" (
    "id" SERIAL NOT NULL,
    "resume_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "analysis_data" JSONB NOT NULL,
    "agent_reasoning" JSONB,
    "analyzed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resume_analyses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview_sessions" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "role" VARCHAR(100) NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "categories" "QuestionCategory"[],
    "question_count" INTEGER NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'in_progress',
    "start_time" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "end_time" TIMESTAMPTZ(3),
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questions" (
    "id" SERIAL NOT NULL,
    "question_text" TEXT NOT NULL,
    "category" "QuestionCategory" NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "role" VARCHAR(100) NOT NULL,
    "expected_answer_points" JSONB NOT NULL,
    "time_limit_seconds" INTEGER NOT NULL,
    "source" "QuestionSource" NOT NULL DEFAULT 'bank',
    "fingerprint" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cached_at" TIMESTAMPTZ(3),

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_questions" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "question_id" INTEGER NOT NULL,
    "display_order" INTEGER NOT NULL,
    "answer_id" INTEGER,
    "status" "SessionQuestionStatus" NOT NULL DEFAULT 'pending',
    "question_displayed_at" TIMESTAMPTZ(3),

    CONSTRAINT "session_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answers" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "question_id" INTEGER NOT NULL,
    "answer_text" TEXT NOT NULL,
    "answer_hash" VARCHAR(64) NOT NULL,
    "time_taken" INTEGER NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer_drafts" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "question_id" INTEGER NOT NULL,
    "draft_text" TEXT NOT NULL,
    "last_saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" SERIAL NOT NULL,
    "answer_id" INTEGER NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "lease_until" TIMESTAMPTZ(3),
    "provider" "AiProviderName",
    "content_quality" INTEGER,
    "clarity" INTEGER,
    "confidence" INTEGER,
    "technical_accuracy" INTEGER,
    "overall_score" INTEGER,
    "strengths" JSONB NOT NULL DEFAULT '[]',
    "improvements" JSONB NOT NULL DEFAULT '[]',
    "suggestions" JSONB NOT NULL DEFAULT '[]',
    "example_answer" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "star" JSONB,
    "flags" JSONB NOT NULL DEFAULT '[]',
    "evaluated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_summaries" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "overall_session_score" INTEGER NOT NULL,
    "score_trend" DECIMAL(8,2),
    "strengths" JSONB NOT NULL,
    "improvements" JSONB NOT NULL,
    "category_performance" JSONB NOT NULL,
    "criteria_scores" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_summaries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_achievements" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "achievement_type" "AchievementType" NOT NULL,
    "earned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_achievements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_streaks" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "current_streak" INTEGER NOT NULL DEFAULT 0,
    "longest_streak" INTEGER NOT NULL DEFAULT 0,
    "last_practice_date" DATE,

    CONSTRAINT "user_streaks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leaderboard_entries" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "rank" INTEGER NOT NULL,
    "anonymous_username" VARCHAR(50) NOT NULL,
    "average_score" INTEGER NOT NULL,
    "total_interviews" INTEGER NOT NULL,
    "period" "LeaderboardPeriod" NOT NULL,
    "period_start" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "leaderboard_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "study_plans" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "plan_data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "study_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_provider_usage" (
    "id" SERIAL NOT NULL,
    "provider_name" "AiProviderName" NOT NULL,
    "date" DATE NOT NULL,
    "request_count" INTEGER NOT NULL DEFAULT 0,
    "failure_count" INTEGER NOT NULL DEFAULT 0,
    "character_count" BIGINT NOT NULL DEFAULT 0,
    "total_latency_ms" BIGINT NOT NULL DEFAULT 0,
    "estimated_cost" DECIMAL(10,4) NOT NULL DEFAULT 0,

    CONSTRAINT "ai_provider_usage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent_executions" (
    "id" SERIAL NOT NULL,
    "agent_type" "AgentType" NOT NULL,
    "user_id" INTEGER NOT NULL,
    "reasoning_steps" JSONB NOT NULL,
    "output" JSONB NOT NULL,
    "execution_time_ms" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL,
    "error_message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agent_executions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cache_metadata" (
    "id" SERIAL NOT NULL,
    "cache_layer" "CacheLayer" NOT NULL,
    "cache_hits" INTEGER NOT NULL DEFAULT 0,
    "cache_misses" INTEGER NOT NULL DEFAULT 0,
    "hit_rate" DECIMAL(5,2),
    "date" DATE NOT NULL,

    CONSTRAINT "cache_metadata_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" SERIAL NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "user_id" INTEGER,
    "ip_address" VARCHAR(45),
    "user_agent" TEXT,
    "event_data" JSONB,
    "timestamp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_questions" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "company_name" VARCHAR(255) NOT NULL,
    "question_text" TEXT NOT NULL,
    "interview_date" DATE,
    "status" "CommunityQuestionStatus" NOT NULL DEFAULT 'pending_moderation',
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "downvotes" INTEGER NOT NULL DEFAULT 0,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "community_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refresh_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_hash" VARCHAR(255) NOT NULL,
    "family_id" VARCHAR(64) NOT NULL,
    "device_fingerprint" VARCHAR(255),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked" BOOLEAN NOT NULL DEFAULT false,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feature_flags" (
    "id" SERIAL NOT NULL,
    "feature_name" VARCHAR(100) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "rollout_percentage" INTEGER NOT NULL DEFAULT 0,
    "allowed_user_ids" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feature_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_hash" VARCHAR(255) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_verification_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_hash" VARCHAR(255) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_verification_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_target_role_idx" ON "users"("target_role");

-- CreateIndex
CREATE INDEX "users_created_at_idx" ON "users"("created_at");

-- CreateIndex
CREATE INDEX "resumes_user_id_idx" ON "resumes"("user_id");

-- CreateIndex
CREATE INDEX "resumes_status_idx" ON "resumes"("status");

-- CreateIndex
CREATE INDEX "resume_analyses_resume_id_idx" ON "resume_analyses"("resume_id");

-- CreateIndex
CREATE INDEX "resume_analyses_user_id_idx" ON "resume_analyses"("user_id");

-- CreateIndex
CREATE INDEX "interview_sessions_user_id_created_at_idx" ON "interview_sessions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_sessions_status_last_activity_at_idx" ON "interview_sessions"("status", "last_activity_at");

-- CreateIndex
CREATE INDEX "interview_sessions_created_at_idx" ON "interview_sessions"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "questions_fingerprint_key" ON "questions"("fingerprint");

-- CreateIndex
CREATE INDEX "questions_role_difficulty_category_idx" ON "questions"("role", "difficulty", "category");

-- CreateIndex
CREATE INDEX "questions_category_idx" ON "questions"("category");

-- CreateIndex
CREATE INDEX "questions_created_at_idx" ON "questions"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "session_questions_answer_id_key" ON "session_questions"("answer_id");

-- CreateIndex
CREATE INDEX "session_questions_question_id_idx" ON "session_questions"("question_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_questions_session_id_display_order_key" ON "session_questions"("session_id", "display_order");

-- CreateIndex
CREATE UNIQUE INDEX "session_questions_session_id_question_id_key" ON "session_questions"("session_id", "question_id");

-- CreateIndex
CREATE INDEX "answers_question_id_idx" ON "answers"("question_id");

-- CreateIndex
CREATE INDEX "answers_answer_hash_idx" ON "answers"("answer_hash");

-- CreateIndex
CREATE UNIQUE INDEX "answers_session_id_question_id_key" ON "answers"("session_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "answer_drafts_session_id_question_id_key" ON "answer_drafts"("session_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluations_answer_id_key" ON "evaluations"("answer_id");

-- CreateIndex
CREATE INDEX "evaluations_status_lease_until_idx" ON "evaluations"("status", "lease_until");

-- CreateIndex
CREATE INDEX "evaluations_overall_score_idx" ON "evaluations"("overall_score");

-- CreateIndex
CREATE UNIQUE INDEX "session_summaries_session_id_key" ON "session_summaries"("session_id");

-- CreateIndex
CREATE INDEX "user_achievements_user_id_idx" ON "user_achievements"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_achievements_user_id_achievement_type_key" ON "user_achievements"("user_id", "achievement_type");

-- CreateIndex
CREATE UNIQUE INDEX "user_streaks_user_id_key" ON "user_streaks"("user_id");

-- CreateIndex
CREATE INDEX "leaderboard_entries_period_rank_idx" ON "leaderboard_entries"("period", "rank");

-- CreateIndex
CREATE INDEX "leaderboard_entries_user_id_idx" ON "leaderboard_entries"("user_id");

-- CreateIndex
CREATE INDEX "study_plans_user_id_idx" ON "study_plans"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "ai_provider_usage_provider_name_date_key" ON "ai_provider_usage"("provider_name", "date");

-- CreateIndex
CREATE INDEX "agent_executions_user_id_idx" ON "agent_executions"("user_id");

-- CreateIndex
CREATE INDEX "agent_executions_agent_type_idx" ON "agent_executions"("agent_type");

-- CreateIndex
CREATE UNIQUE INDEX "cache_metadata_cache_layer_date_key" ON "cache_metadata"("cache_layer", "date");

-- CreateIndex
CREATE INDEX "audit_logs_user_id_idx" ON "audit_logs"("user_id");

-- CreateIndex
CREATE INDEX "audit_logs_event_type_idx" ON "audit_logs"("event_type");

-- CreateIndex
CREATE INDEX "audit_logs_timestamp_idx" ON "audit_logs"("timestamp");

-- CreateIndex
CREATE INDEX "community_questions_company_name_idx" ON "community_questions"("company_name");

-- CreateIndex
CREATE INDEX "community_questions_status_idx" ON "community_questions"("status");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens"("user_id");

-- CreateIndex
CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens"("family_id");

-- CreateIndex
CREATE UNIQUE INDEX "feature_flags_feature_name_key" ON "feature_flags"("feature_name");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_verification_tokens_token_hash_key" ON "email_verification_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "email_verification_tokens_user_id_idx" ON "email_verification_tokens"("user_id");

-- AddForeignKey
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_analyses" ADD CONSTRAINT "resume_analyses_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_analyses" ADD CONSTRAINT "resume_analyses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_sessions" ADD CONSTRAINT "interview_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_questions" ADD CONSTRAINT "session_questions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_questions" ADD CONSTRAINT "session_questions_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_questions" ADD CONSTRAINT "session_questions_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_drafts" ADD CONSTRAINT "answer_drafts_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_drafts" ADD CONSTRAINT "answer_drafts_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_summaries" ADD CONSTRAINT "session_summaries_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_achievements" ADD CONSTRAINT "user_achievements_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_streaks" ADD CONSTRAINT "user_streaks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leaderboard_entries" ADD CONSTRAINT "leaderboard_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_plans" ADD CONSTRAINT "study_plans_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_executions" ADD CONSTRAINT "agent_executions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "email_verification_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Checks from the specification that Prisma's schema language cannot express.
ALTER TABLE "users" ADD CONSTRAINT "users_failed_login_attempts_check" CHECK ("failed_login_attempts" >= 0);
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_file_size_check" CHECK ("file_size" > 0 AND "file_size" <= 10485760);
ALTER TABLE "interview_sessions" ADD CONSTRAINT "interview_sessions_question_count_check" CHECK ("question_count" BETWEEN 1 AND 20);
ALTER TABLE "questions" ADD CONSTRAINT "questions_time_limit_seconds_check" CHECK ("time_limit_seconds" BETWEEN 120 AND 600);
ALTER TABLE "questions" ADD CONSTRAINT "questions_question_text_length_check" CHECK (char_length("question_text") BETWEEN 10 AND 500);
ALTER TABLE "session_questions" ADD CONSTRAINT "session_questions_display_order_check" CHECK ("display_order" >= 1);
ALTER TABLE "answers" ADD CONSTRAINT "answers_answer_text_length_check" CHECK (char_length("answer_text") BETWEEN 10 AND 5000);
ALTER TABLE "answers" ADD CONSTRAINT "answers_time_taken_check" CHECK ("time_taken" >= 0);
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_scores_range_check" CHECK (
  ("content_quality" IS NULL OR "content_quality" BETWEEN 0 AND 100) AND
  ("clarity" IS NULL OR "clarity" BETWEEN 0 AND 100) AND
  ("confidence" IS NULL OR "confidence" BETWEEN 0 AND 100) AND
  ("technical_accuracy" IS NULL OR "technical_accuracy" BETWEEN 0 AND 100) AND
  ("overall_score" IS NULL OR "overall_score" BETWEEN 0 AND 100)
);
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_completed_has_scores_check" CHECK (
  "status" <> 'completed' OR (
    "content_quality" IS NOT NULL AND "clarity" IS NOT NULL AND "confidence" IS NOT NULL AND
    "technical_accuracy" IS NOT NULL AND "overall_score" IS NOT NULL AND "evaluated_at" IS NOT NULL
  )
);
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "session_summaries" ADD CONSTRAINT "session_summaries_overall_session_score_check" CHECK ("overall_session_score" BETWEEN 0 AND 100);
ALTER TABLE "user_streaks" ADD CONSTRAINT "user_streaks_counts_check" CHECK ("current_streak" >= 0 AND "longest_streak" >= "current_streak");
ALTER TABLE "leaderboard_entries" ADD CONSTRAINT "leaderboard_entries_values_check" CHECK ("rank" >= 1 AND "average_score" BETWEEN 0 AND 100 AND "total_interviews" >= 0);
ALTER TABLE "ai_provider_usage" ADD CONSTRAINT "ai_provider_usage_counts_check" CHECK ("request_count" >= 0 AND "failure_count" >= 0 AND "character_count" >= 0 AND "total_latency_ms" >= 0 AND "estimated_cost" >= 0);
ALTER TABLE "agent_executions" ADD CONSTRAINT "agent_executions_execution_time_ms_check" CHECK ("execution_time_ms" >= 0);
ALTER TABLE "cache_metadata" ADD CONSTRAINT "cache_metadata_values_check" CHECK ("cache_hits" >= 0 AND "cache_misses" >= 0 AND ("hit_rate" IS NULL OR "hit_rate" BETWEEN 0 AND 100));
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_votes_check" CHECK ("upvotes" >= 0 AND "downvotes" >= 0);
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_rollout_percentage_check" CHECK ("rollout_percentage" BETWEEN 0 AND 100);
