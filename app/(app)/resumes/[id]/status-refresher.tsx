"use client";

import { useRouter } from "next/navigation";
import { useLiveStatus } from "@/components/live/use-live-status";
import { ResumePipeline } from "@/components/resumes/resume-status-badge";
import { isResumeSettled, type ResumeStatusValue } from "@/lib/validations/resume";

/** While the pipeline runs: its steps, and a page refresh when it moves. */
export function StatusRefresher({ status }: { status: ResumeStatusValue }) {
  const router = useRouter();
  const busy = !isResumeSettled(status);
  useLiveStatus({
    enabled: busy,
    onEvent: (event) => {
      if (event.type === "resume.status") router.refresh();
    },
    onResync: () => router.refresh(),
    poll: () => {
      router.refresh();
      return Promise.resolve();
    },
    pollIntervalMs: 1500,
  });
  return busy ? <ResumePipeline status={status} /> : null;
}
