import { Loader2Icon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { RESUME_STATUSES, type ResumeStatusValue } from "@/lib/validations/resume";

const LABEL: Record<ResumeStatusValue, string> = {
  uploaded: "Uploaded",
  extracting: "Reading text",
  analysing: "Analysing",
  ready: "Ready",
  failed: "Could not read",
};

const isBusy = (status: ResumeStatusValue) => status !== "ready" && status !== "failed";

/** The pipeline status in words, spinning while it is still moving. */
export function ResumeStatusBadge({ status }: { status: ResumeStatusValue }) {
  return (
    <Badge
      variant={status === "failed" ? "destructive" : status === "ready" ? "success" : "secondary"}
    >
      {isBusy(status) ? <Loader2Icon aria-hidden className="animate-spin" /> : null}
      {LABEL[status]}
    </Badge>
  );
}

const STEPS: readonly ResumeStatusValue[] = RESUME_STATUSES.filter((s) => s !== "failed");

/** uploaded → reading text → analysing → ready, with the current step marked. */
export function ResumePipeline({ status }: { status: ResumeStatusValue }) {
  const current = STEPS.indexOf(status);
  return (
    <ol
      aria-label="Processing steps"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs"
    >
      {STEPS.map((step, i) => (
        <li
          key={step}
          aria-current={i === current ? "step" : undefined}
          className={cn(
            "flex items-center gap-1",
            i < current
              ? "text-foreground"
              : i === current
                ? "font-medium text-primary"
                : "text-muted-foreground",
          )}
        >
          {i > 0 ? <span aria-hidden>→</span> : null}
          {i === current && isBusy(status) ? (
            <Loader2Icon aria-hidden className="size-3 animate-spin" />
          ) : null}
          {LABEL[step]}
        </li>
      ))}
    </ol>
  );
}
