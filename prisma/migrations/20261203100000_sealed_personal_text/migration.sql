-- Personal free text sealed at rest (lib/crypto/personal-columns.ts): users.name, answers'
-- and drafts' text, personal questions' text and points, follow-ups' prompt and point hold
-- AES-256-GCM ciphertext from now on. Rows written before stay readable as they are (the read
-- path passes plaintext through) until `npm run crypto:rotate` seals them; a fresh database needs
-- nothing more.

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "name_index" TEXT[] DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "name" SET DATA TYPE TEXT;

-- CreateIndex
CREATE INDEX "users_name_index_idx" ON "users" USING GIN ("name_index");

-- Ciphertext is longer than the text: lengths are checked on input (zod) instead. Shared (bank,
-- AI, community) questions are stored in clear and keep their check.
ALTER TABLE "answers" DROP CONSTRAINT "answers_answer_text_length_check";
ALTER TABLE "questions" DROP CONSTRAINT "questions_question_text_length_check";
ALTER TABLE "questions" ADD CONSTRAINT "questions_question_text_length_check"
  CHECK ("source" = 'personal' OR char_length("question_text") BETWEEN 10 AND 500);

-- Accounts an administrator deleted before deletion erased them (a soft delete kept their
-- resumes, answers and job descriptions): erased now as the account's own deletion does. Their
-- audit events keep the event and its time; events about them lose the label. Their resume files
-- (encrypted) are left in storage: remove `resume-files` entries no resume row points at.
UPDATE "audit_logs" SET "ip_address" = NULL, "user_agent" = NULL, "event_data" = '{}'
  WHERE "user_id" IN (SELECT "id" FROM "users" WHERE "deleted_at" IS NOT NULL);
UPDATE "audit_logs" SET "event_data" = "event_data" - 'target_label'
  WHERE "event_data" ->> 'target_type' = 'user'
    AND "event_data" ->> 'target_id' IN (SELECT "id"::text FROM "users" WHERE "deleted_at" IS NOT NULL);
DELETE FROM "users" WHERE "deleted_at" IS NOT NULL;
