import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { hasSpeechProvider } from "@/lib/ai/transcribe";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { parseId } from "@/lib/validations/id";
import { openRunner } from "@/lib/interviews/show-question";
import { InterviewRunner } from "./page-client";

export const metadata: Metadata = { title: "Interview" };

type Props = { params: Promise<{ id: string }> };

export default async function InterviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}`);
  const sessionId = parseId(id);
  if (sessionId === null) notFound();

  let state;
  try {
    state = await openRunner(user.id, sessionId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (state.status !== "in_progress" || !state.current)
    redirect(`/interviews/${sessionId}/summary`);

  return (
    <InterviewRunner
      initial={state}
      speechService={hasSpeechProvider()}
      audioMaxSeconds={env().AUDIO_MAX_SECONDS}
    />
  );
}
