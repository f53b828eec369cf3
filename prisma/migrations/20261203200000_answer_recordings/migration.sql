-- AlterTable
ALTER TABLE "users" ADD COLUMN     "keep_recordings" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "answer_recordings" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "answer_id" INTEGER,
    "file_url" TEXT NOT NULL,
    "file_size" INTEGER NOT NULL,
    "mime_type" VARCHAR(100) NOT NULL,
    "duration_seconds" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_recordings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "answer_recordings_user_id_idx" ON "answer_recordings"("user_id");

-- CreateIndex
CREATE INDEX "answer_recordings_answer_id_idx" ON "answer_recordings"("answer_id");

-- CreateIndex
CREATE INDEX "answer_recordings_created_at_idx" ON "answer_recordings"("created_at");

-- AddForeignKey
ALTER TABLE "answer_recordings" ADD CONSTRAINT "answer_recordings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_recordings" ADD CONSTRAINT "answer_recordings_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

