"use client";

import { useEffect, useState } from "react";
import { FlagIcon, XCircleIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { whenIdle } from "@/components/ui/when-idle";
import type { ActionResult } from "@/lib/actions/result";
import { LazyConfirmDialog, preloadConfirmDialog } from "./lazy-confirm-dialog";

type Outcome = ActionResult<unknown>;

type Props = {
  /** Questions answered or skipped so far: finishing needs at least one. */
  done: number;
  total: number;
  disabled?: boolean;
  onFinish: () => Promise<Outcome>;
  onAbandon: () => Promise<Outcome>;
  onDone: (what: "finished" | "abandoned") => void;
  onError: (message: string) => void;
};

type TriggerProps = {
  onClick: () => void;
  "aria-haspopup": "dialog";
  "aria-expanded": boolean;
};

function Confirm({
  trigger,
  title,
  description,
  confirmLabel,
  destructive,
  run,
}: {
  /** The button that opens the dialog, given the props that make it do so. */
  trigger: (props: TriggerProps) => React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  run: () => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    const ok = await run();
    setBusy(false);
    if (ok) setOpen(false);
  }
  return (
    <>
      {trigger({
        onClick: () => setOpen(true),
        "aria-haspopup": "dialog",
        "aria-expanded": open,
      })}
      <LazyConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        destructive={destructive}
        busy={busy}
        onConfirm={() => void confirm()}
      />
    </>
  );
}

/** "Finish now" (complete early) and "Abandon", each behind a confirmation dialog. */
export function SessionControls({
  done,
  total,
  disabled,
  onFinish,
  onAbandon,
  onDone,
  onError,
}: Props) {
  const remaining = total - done;
  useEffect(() => whenIdle(() => void preloadConfirmDialog(), 3000), []);
  const attempt = async (action: () => Promise<Outcome>, what: "finished" | "abandoned") => {
    try {
      const result = await action();
      if (result.ok) {
        onDone(what);
        return true;
      }
      onError(result.error.message);
    } catch {
      onError("We could not reach the server. Try again.");
    }
    return false;
  };
  return (
    <div className="flex flex-wrap gap-2">
      <Confirm
        trigger={(props) => (
          <Button
            type="button"
            size="sm"
            variant="outline"
            disabled={disabled || done === 0}
            title={done === 0 ? "Answer or skip a question first" : undefined}
            {...props}
          >
            <FlagIcon aria-hidden="true" />
            Finish now
          </Button>
        )}
        title="Finish the interview now?"
        description={
          <>
            <p>
              Your {done} answered or skipped question{done === 1 ? "" : "s"} will be scored. The{" "}
              {remaining} question
              {remaining === 1 ? "" : "s"} you have not reached (including the one on screen) will
              be left out of your score; skipped questions count as 0.
            </p>
            <p>The text you typed for the current question is not submitted.</p>
          </>
        }
        confirmLabel="Finish and see my summary"
        run={() => attempt(onFinish, "finished")}
      />
      <Confirm
        trigger={(props) => (
          <Button type="button" size="sm" variant="ghost" disabled={disabled} {...props}>
            <XCircleIcon aria-hidden="true" />
            Abandon
          </Button>
        )}
        title="Abandon this interview?"
        description={
          <p>
            An abandoned session gets no summary and does not count towards your scores, streak or
            badges. This cannot be undone.
          </p>
        }
        confirmLabel="Abandon the interview"
        destructive
        run={() => attempt(onAbandon, "abandoned")}
      />
    </div>
  );
}
