-- AlterEnum (the runner wraps each migration in one transaction; the old pipeline states map to
-- the new ones)
CREATE TYPE "ResumeStatus_new" AS ENUM ('uploaded', 'extracting', 'analysing', 'ready', 'failed');
ALTER TABLE "resumes" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "resumes" ALTER COLUMN "status" TYPE "ResumeStatus_new" USING ((CASE "status"::text WHEN 'uploaded' THEN 'uploaded' WHEN 'extraction_failed' THEN 'failed' ELSE 'ready' END)::"ResumeStatus_new");
ALTER TYPE "ResumeStatus" RENAME TO "ResumeStatus_old";
ALTER TYPE "ResumeStatus_new" RENAME TO "ResumeStatus";
DROP TYPE "ResumeStatus_old";
ALTER TABLE "resumes" ALTER COLUMN "status" SET DEFAULT 'uploaded';

-- DropIndex
DROP INDEX "resumes_user_id_idx";

-- AlterTable
ALTER TABLE "resumes" ADD COLUMN     "analysed_at" TIMESTAMPTZ(3),
ADD COLUMN     "failure_code" VARCHAR(40),
ADD COLUMN     "failure_message" TEXT,
ADD COLUMN     "file_sha256" VARCHAR(64),
ADD COLUMN     "is_primary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mime_type" VARCHAR(100) NOT NULL DEFAULT 'application/pdf',
ADD COLUMN     "pages" INTEGER,
ADD COLUMN     "text_key_id" VARCHAR(64),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "interview_sessions" ADD COLUMN     "job_description_id" INTEGER,
ADD COLUMN     "resume_id" INTEGER,
ADD COLUMN     "tailoring" JSONB;

-- AlterTable
ALTER TABLE "questions" ADD COLUMN     "owner_user_id" INTEGER;

-- CreateTable
CREATE TABLE "job_descriptions" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "title" VARCHAR(200),
    "company" VARCHAR(200),
    "url" VARCHAR(2000),
    "text" TEXT NOT NULL,
    "requirements" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_descriptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_descriptions_user_id_created_at_idx" ON "job_descriptions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "resumes_user_id_is_primary_idx" ON "resumes"("user_id", "is_primary");

-- CreateIndex
CREATE UNIQUE INDEX "resumes_user_id_version_key" ON "resumes"("user_id", "version");

-- CreateIndex
CREATE INDEX "interview_sessions_resume_id_idx" ON "interview_sessions"("resume_id");

-- CreateIndex
CREATE INDEX "interview_sessions_job_description_id_idx" ON "interview_sessions"("job_description_id");

-- CreateIndex
CREATE INDEX "questions_owner_user_id_idx" ON "questions"("owner_user_id");

-- AddForeignKey
ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_sessions" ADD CONSTRAINT "interview_sessions_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_sessions" ADD CONSTRAINT "interview_sessions_job_description_id_fkey" FOREIGN KEY ("job_description_id") REFERENCES "job_descriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

