"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/sonner";
import { moderateAction } from "./actions";

interface Props {
  id: number;
  actions: ("approve" | "reject" | "flag")[];
  suggestedPoints: string[];
  hasPracticeQuestion: boolean;
}

const DONE = { approve: "Approved", reject: "Rejected", flag: "Flagged" } as const;

/** A moderator's decision on one submission: approve (with scoring points), reject or flag. */
export function ModerationControls({ id, actions, suggestedPoints, hasPracticeQuestion }: Props) {
  const [points, setPoints] = useState(suggestedPoints.join("\n"));
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const uid = useId();

  function decide(action: Props["actions"][number]) {
    start(async () => {
      const result = await moderateAction(id, {
        action,
        note,
        ...(action === "approve" && (points.trim() || !hasPracticeQuestion) ? { points } : {}),
      });
      if (result.ok) {
        toast.success(`${DONE[action]} question ${id}`);
        setError(null);
        router.refresh();
      } else {
        const fields = result.error.fields;
        setError(fields ? Object.values(fields).flat().join(" ") : result.error.message);
      }
    });
  }

  return (
    <div className="grid gap-2">
      {actions.includes("approve") ? (
        <label className="grid gap-1 text-sm" htmlFor={`${uid}-points`}>
          <span className="font-medium">
            What a good answer covers (one per line, 3–6; answers are scored against these)
          </span>
          <Textarea
            id={`${uid}-points`}
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            rows={4}
          />
        </label>
      ) : null}
      <label className="grid gap-1 text-sm" htmlFor={`${uid}-note`}>
        <span className="font-medium">Note to the author (required to reject)</span>
        <Input
          id={`${uid}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
        />
      </label>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {actions.includes("approve") ? (
          <Button type="button" disabled={pending} onClick={() => decide("approve")}>
            Approve
          </Button>
        ) : null}
        {actions.includes("flag") ? (
          <Button type="button" variant="outline" disabled={pending} onClick={() => decide("flag")}>
            Flag for review
          </Button>
        ) : null}
        {actions.includes("reject") ? (
          <Button
            type="button"
            variant="destructive"
            disabled={pending}
            onClick={() => decide("reject")}
          >
            Reject
          </Button>
        ) : null}
      </div>
    </div>
  );
}
