"use client";

import { useId, useState, useTransition } from "react";
import { FlagIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { toast } from "@/components/ui/sonner";
import { Textarea } from "@/components/ui/textarea";
import {
  REPORT_REASON_LABELS,
  REPORT_REASONS,
  type ReportReason,
} from "@/lib/validations/community";
import { reportAction } from "./actions";

const DETAILS_MAX = 1000;

/**
 * Report a community question: the reporter says why (the moderators see the reason and the
 * details in the queue). "Something else" needs a few words so the report is actionable.
 */
export function ReportDialog({
  questionId,
  reported,
  onReported,
}: {
  questionId: number;
  reported: boolean;
  onReported: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | "">("");
  const [details, setDetails] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const uid = useId();

  if (reported) {
    return (
      <Button type="button" size="sm" variant="ghost" disabled>
        <FlagIcon aria-hidden="true" /> Reported
      </Button>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason) return setError("Choose a reason.");
    if (reason === "other" && details.trim().length === 0)
      return setError("Tell the moderators what is wrong.");
    setError(null);
    start(async () => {
      const result = await reportAction(questionId, { reason, details });
      if (result.ok) {
        toast.success("Reported to the moderators. Thank you.");
        setOpen(false);
        onReported();
      } else if (result.error.code === "CONFLICT") {
        toast.info(result.error.message);
        setOpen(false);
        onReported();
      } else {
        const fields = result.error.fields;
        setError(fields ? Object.values(fields).flat().join(" ") : result.error.message);
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant="ghost">
          <FlagIcon aria-hidden="true" /> Report
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>Report this question</DialogTitle>
            <DialogDescription>
              Moderators review every report. Enough reports hide a question until it is checked.
            </DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">Why are you reporting it?</legend>
            <RadioGroup
              value={reason}
              onValueChange={(v) => {
                setReason(v as ReportReason);
                setError(null);
              }}
              aria-describedby={error ? `${uid}-error` : undefined}
              aria-required="true"
            >
              {REPORT_REASONS.map((r) => (
                <div key={r} className="flex items-start gap-3">
                  <RadioGroupItem
                    value={r}
                    id={`${uid}-${r}`}
                    aria-describedby={`${uid}-${r}-hint`}
                    className="mt-0.5"
                  />
                  <div className="grid gap-0.5">
                    <Label htmlFor={`${uid}-${r}`}>{REPORT_REASON_LABELS[r].label}</Label>
                    <p id={`${uid}-${r}-hint`} className="text-xs text-muted-foreground">
                      {REPORT_REASON_LABELS[r].hint}
                    </p>
                  </div>
                </div>
              ))}
            </RadioGroup>
          </fieldset>
          <div className="grid gap-1.5">
            <Label htmlFor={`${uid}-details`}>
              Details {reason === "other" ? "(required)" : "(optional)"}
            </Label>
            <Textarea
              id={`${uid}-details`}
              value={details}
              onChange={(e) => setDetails(e.target.value)}
              maxLength={DETAILS_MAX}
              rows={3}
              aria-required={reason === "other"}
            />
            <p className="text-xs text-muted-foreground">
              {details.length}/{DETAILS_MAX}
            </p>
          </div>
          {error ? (
            <p id={`${uid}-error`} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Send report"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
