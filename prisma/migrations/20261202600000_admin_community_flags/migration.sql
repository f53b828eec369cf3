-- AlterTable
ALTER TABLE "users" ADD COLUMN     "suspended_at" TIMESTAMPTZ(3),
ADD COLUMN     "suspension_reason" VARCHAR(500);

-- AlterTable
ALTER TABLE "community_questions" ADD COLUMN     "category" "QuestionCategory" NOT NULL DEFAULT 'Technical',
ADD COLUMN     "company_key" VARCHAR(255) NOT NULL DEFAULT '',
ADD COLUMN     "confirmations" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "duplicates" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "experience_level" "ExperienceLevel",
ADD COLUMN     "moderated_at" TIMESTAMPTZ(3),
ADD COLUMN     "moderated_by_id" INTEGER,
ADD COLUMN     "moderation_note" VARCHAR(1000),
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "question_id" INTEGER,
ADD COLUMN     "report_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "role" VARCHAR(100) NOT NULL DEFAULT '',
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "feature_flags" ADD COLUMN     "description" VARCHAR(500) NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "community_question_votes" (
    "id" SERIAL NOT NULL,
    "community_question_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "value" SMALLINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "community_question_votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_question_confirmations" (
    "id" SERIAL NOT NULL,
    "community_question_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "community_question_confirmations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_question_reports" (
    "id" SERIAL NOT NULL,
    "community_question_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "reason" VARCHAR(50) NOT NULL,
    "details" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "community_question_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_bank_edits" (
    "id" SERIAL NOT NULL,
    "bank_key" VARCHAR(120) NOT NULL,
    "content" JSONB,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "edited_by_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_bank_edits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "community_question_votes_user_id_idx" ON "community_question_votes"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "community_question_votes_community_question_id_user_id_key" ON "community_question_votes"("community_question_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "community_question_confirmations_community_question_id_user_key" ON "community_question_confirmations"("community_question_id", "user_id");

-- CreateIndex
CREATE INDEX "community_question_reports_resolved_at_idx" ON "community_question_reports"("resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "community_question_reports_community_question_id_user_id_key" ON "community_question_reports"("community_question_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "question_bank_edits_bank_key_key" ON "question_bank_edits"("bank_key");

-- CreateIndex
CREATE UNIQUE INDEX "community_questions_question_id_key" ON "community_questions"("question_id");

-- CreateIndex
CREATE INDEX "community_questions_status_company_key_role_idx" ON "community_questions"("status", "company_key", "role");

-- CreateIndex
CREATE INDEX "community_questions_user_id_idx" ON "community_questions"("user_id");

-- AddForeignKey
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_question_votes" ADD CONSTRAINT "community_question_votes_community_question_id_fkey" FOREIGN KEY ("community_question_id") REFERENCES "community_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_question_votes" ADD CONSTRAINT "community_question_votes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_question_confirmations" ADD CONSTRAINT "community_question_confirmations_community_question_id_fkey" FOREIGN KEY ("community_question_id") REFERENCES "community_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_question_confirmations" ADD CONSTRAINT "community_question_confirmations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_question_reports" ADD CONSTRAINT "community_question_reports_community_question_id_fkey" FOREIGN KEY ("community_question_id") REFERENCES "community_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_question_reports" ADD CONSTRAINT "community_question_reports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_bank_edits" ADD CONSTRAINT "question_bank_edits_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Existing submissions: the grouping key of their company.
UPDATE "community_questions" SET "company_key" = lower(regexp_replace(trim("company_name"), '\s+', ' ', 'g'));

-- Checks that Prisma's schema language cannot express.
ALTER TABLE "community_question_votes" ADD CONSTRAINT "community_question_votes_value_check" CHECK ("value" IN (-1, 1));
ALTER TABLE "community_questions" ADD CONSTRAINT "community_questions_counts_check" CHECK ("confirmations" >= 0 AND "report_count" >= 0);
