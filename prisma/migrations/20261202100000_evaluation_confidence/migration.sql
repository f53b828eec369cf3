-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN     "confidence_reasons" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "grader_confidence" INTEGER,
ADD COLUMN     "second_opinion" JSONB;

