-- CreateEnum
CREATE TYPE "AnswerKind" AS ENUM ('answer', 'follow_up');

-- CreateEnum
CREATE TYPE "FollowUpKind" AS ENUM ('missed_point', 'example');

-- CreateEnum
CREATE TYPE "SessionOrigin" AS ENUM ('practice', 'review');

-- DropIndex
DROP INDEX "answers_session_id_question_id_key";

-- AlterTable
ALTER TABLE "interview_sessions" ADD COLUMN     "origin" "SessionOrigin" NOT NULL DEFAULT 'practice';

-- AlterTable
ALTER TABLE "answers" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "kind" "AnswerKind" NOT NULL DEFAULT 'answer';

-- CreateTable
CREATE TABLE "follow_ups" (
    "id" SERIAL NOT NULL,
    "parent_answer_id" INTEGER NOT NULL,
    "response_answer_id" INTEGER,
    "kind" "FollowUpKind" NOT NULL,
    "prompt" TEXT NOT NULL,
    "point_index" INTEGER NOT NULL,
    "point" TEXT NOT NULL,
    "provider" "AiProviderName" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_items" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "question_id" INTEGER NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "last_score" INTEGER,
    "last_answered_at" TIMESTAMPTZ(3),
    "graduated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "follow_ups_parent_answer_id_key" ON "follow_ups"("parent_answer_id");

-- CreateIndex
CREATE UNIQUE INDEX "follow_ups_response_answer_id_key" ON "follow_ups"("response_answer_id");

-- CreateIndex
CREATE INDEX "review_items_user_id_graduated_at_due_at_idx" ON "review_items"("user_id", "graduated_at", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "review_items_user_id_question_id_key" ON "review_items"("user_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "answers_session_id_question_id_kind_attempt_key" ON "answers"("session_id", "question_id", "kind", "attempt");

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_parent_answer_id_fkey" FOREIGN KEY ("parent_answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_response_answer_id_fkey" FOREIGN KEY ("response_answer_id") REFERENCES "answers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Range checks Prisma cannot express (written by hand).
ALTER TABLE "answers" ADD CONSTRAINT "answers_attempt_check" CHECK ("attempt" >= 1);
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_point_index_check" CHECK ("point_index" >= 0);
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_step_check" CHECK ("step" >= 0);
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_last_score_check" CHECK ("last_score" BETWEEN 0 AND 100);
