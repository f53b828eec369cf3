-- CreateEnum
CREATE TYPE "AgentRunStatus" AS ENUM ('queued', 'running', 'completed', 'fallback', 'failed');

-- DropIndex
DROP INDEX "agent_executions_user_id_idx";

-- AlterTable
ALTER TABLE "study_plans" ADD COLUMN     "completed_tasks" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "execution_id" INTEGER;

-- AlterTable
ALTER TABLE "agent_executions" ADD COLUMN     "completed_at" TIMESTAMPTZ(3),
ADD COLUMN     "input" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "job_description_id" INTEGER,
ADD COLUMN     "provider" "AiProviderName",
ADD COLUMN     "resume_id" INTEGER,
ADD COLUMN     "started_at" TIMESTAMPTZ(3),
ADD COLUMN     "status" "AgentRunStatus" NOT NULL DEFAULT 'queued',
ADD COLUMN     "trigger" VARCHAR(40) NOT NULL DEFAULT 'user',
ALTER COLUMN "execution_time_ms" SET DEFAULT 0,
ALTER COLUMN "success" SET DEFAULT false;

-- CreateIndex
CREATE INDEX "agent_executions_user_id_agent_type_created_at_idx" ON "agent_executions"("user_id", "agent_type", "created_at");

-- CreateIndex
CREATE INDEX "agent_executions_status_created_at_idx" ON "agent_executions"("status", "created_at");

-- AddForeignKey
ALTER TABLE "study_plans" ADD CONSTRAINT "study_plans_execution_id_fkey" FOREIGN KEY ("execution_id") REFERENCES "agent_executions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_executions" ADD CONSTRAINT "agent_executions_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_executions" ADD CONSTRAINT "agent_executions_job_description_id_fkey" FOREIGN KEY ("job_description_id") REFERENCES "job_descriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

