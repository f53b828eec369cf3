-- AlterTable
ALTER TABLE "answers" ADD COLUMN     "delivery" JSONB;

