-- AlterTable
ALTER TABLE "questions" ADD COLUMN     "bank_key" VARCHAR(120),
ADD COLUMN     "content_hash" VARCHAR(64),
ADD COLUMN     "model_answer" TEXT,
ADD COLUMN     "model_answer_covers" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "retired_at" TIMESTAMPTZ(3),
ADD COLUMN     "skills" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "questions_bank_key_key" ON "questions"("bank_key");

-- CreateIndex
CREATE INDEX "questions_skills_idx" ON "questions" USING GIN ("skills");

