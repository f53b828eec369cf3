"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/sonner";
import type { ActionResult } from "@/lib/actions/result";

interface ReasonActionProps {
  label: string;
  pendingLabel: string;
  /** Explains what happens, shown above the reason box. */
  description: string;
  reasonRequired: boolean;
  destructive?: boolean;
  run: (reason: string) => Promise<ActionResult<unknown>>;
  done: string;
  /** Where to go once it is done (the target is gone); otherwise the page refreshes. */
  thenGoTo?: string;
}

/** A button that opens an inline form asking for a reason, then runs an admin action. */
export function ReasonAction(props: ReasonActionProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const id = useId();

  if (!open) {
    return (
      <Button
        type="button"
        variant={props.destructive ? "destructive" : "outline"}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </Button>
    );
  }
  return (
    <form
      method="post"
      className="grid w-full gap-2 rounded-lg border p-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await props.run(reason);
          if (result.ok) {
            toast.success(props.done);
            setOpen(false);
            setReason("");
            setError(null);
            if (props.thenGoTo) router.push(props.thenGoTo);
            else router.refresh();
          } else {
            setError(result.error.fields?.reason?.[0] ?? result.error.message);
          }
        });
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}: reason{props.reasonRequired ? "" : " (optional)"}
      </label>
      <p className="text-xs text-muted-foreground">{props.description}</p>
      <Textarea
        id={id}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required={props.reasonRequired}
        minLength={props.reasonRequired ? 3 : undefined}
        maxLength={500}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <SubmitButton
          pending={pending}
          pendingLabel={props.pendingLabel}
          variant={props.destructive ? "destructive" : "default"}
        >
          {props.label}
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
