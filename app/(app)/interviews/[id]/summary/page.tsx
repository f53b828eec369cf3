import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatSessionDate } from "@/components/summary/format-session-date";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { parseId } from "@/lib/validations/id";
import { getInterview } from "@/lib/interviews/get-interview";
import { listSessionRecordings } from "@/lib/recordings/recording-queries";
import { getSessionSummary } from "@/lib/summaries/get-summary";
import { SummaryPage as SummaryClient } from "./page-client";

export const metadata: Metadata = { title: "Interview summary" };

type Props = { params: Promise<{ id: string }> };

export default async function SummaryPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}/summary`);
  const sessionId = parseId(id);
  if (sessionId === null) notFound();

  let summary, interview, recordings;
  try {
    [summary, interview, recordings] = await Promise.all([
      getSessionSummary(user.id, sessionId),
      getInterview(user.id, sessionId),
      listSessionRecordings(user.id, sessionId),
    ]);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }

  // "Practice again": a new session with the same settings.
  const again = new URLSearchParams({
    role: interview.role,
    difficulty: interview.difficulty,
    question_count: String(interview.total_questions),
    categories: interview.categories.join(","),
  });

  return (
    <SummaryClient
      initial={summary}
      practiceAgainHref={`/interviews/new?${again.toString()}`}
      dateLabel={formatSessionDate(summary.start_time, user.timezone)}
      categories={interview.categories}
      recordings={recordings}
    />
  );
}
