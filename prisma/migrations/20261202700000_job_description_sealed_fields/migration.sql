-- AlterTable
ALTER TABLE "job_descriptions" ALTER COLUMN "company" SET DATA TYPE TEXT,
ALTER COLUMN "url" SET DATA TYPE TEXT;

