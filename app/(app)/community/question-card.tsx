"use client";

import { useState, useTransition } from "react";
import { BadgeCheckIcon, ThumbsDownIcon, ThumbsUpIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { CATEGORY_LABELS, type QuestionCategory } from "@/lib/validations/enum-values";
import { confirmAction, voteAction } from "./actions";
import { ReportDialog } from "./report-dialog";

export interface CommunityCardData {
  id: number;
  company: string;
  role: string;
  level: string | null;
  category: QuestionCategory;
  question_text: string;
  notes: string | null;
  interview_date: string | null;
  upvotes: number;
  downvotes: number;
  confirmations: number;
  verified: boolean;
  mine: boolean;
  my_vote: "up" | "down" | null;
  confirmed_by_me: boolean;
  reported_by_me: boolean;
}

export function CommunityQuestionCard({ q }: { q: CommunityCardData }) {
  const [state, setState] = useState(q);
  const [pending, start] = useTransition();

  const vote = (v: "up" | "down") =>
    start(async () => {
      const next = state.my_vote === v ? "none" : v;
      const result = await voteAction(q.id, next);
      if (result.ok) {
        setState((s) => ({
          ...s,
          upvotes: result.data.upvotes,
          downvotes: result.data.downvotes,
          my_vote: next === "none" ? null : next,
        }));
      } else toast.error(result.error.message);
    });

  return (
    <article className="grid gap-2 rounded-lg border p-4" aria-labelledby={`cq-${q.id}`}>
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="text-sm font-semibold">{q.company}</span>
        <Badge variant="outline">{q.role}</Badge>
        {q.level ? <Badge variant="outline">{q.level}</Badge> : null}
        <Badge variant="outline">{CATEGORY_LABELS[q.category]}</Badge>
        {state.verified ? (
          <Badge variant="success">
            <BadgeCheckIcon aria-hidden="true" />
            Verified
          </Badge>
        ) : null}
        {q.interview_date ? (
          <span className="text-muted-foreground">asked {q.interview_date}</span>
        ) : null}
      </div>
      <p id={`cq-${q.id}`} className="font-medium">
        {q.question_text}
      </p>
      {q.notes ? <p className="text-sm text-muted-foreground">{q.notes}</p> : null}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Button
          type="button"
          size="sm"
          variant={state.my_vote === "up" ? "default" : "outline"}
          aria-pressed={state.my_vote === "up"}
          disabled={pending || q.mine}
          onClick={() => vote("up")}
          aria-label={`Useful (${state.upvotes})`}
        >
          <ThumbsUpIcon aria-hidden="true" /> {state.upvotes}
        </Button>
        <Button
          type="button"
          size="sm"
          variant={state.my_vote === "down" ? "default" : "outline"}
          aria-pressed={state.my_vote === "down"}
          disabled={pending || q.mine}
          onClick={() => vote("down")}
          aria-label={`Not useful (${state.downvotes})`}
        >
          <ThumbsDownIcon aria-hidden="true" /> {state.downvotes}
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={pending || q.mine || state.confirmed_by_me}
          onClick={() =>
            start(async () => {
              const result = await confirmAction(q.id);
              if (result.ok) {
                setState((s) => ({
                  ...s,
                  confirmed_by_me: true,
                  confirmations: result.data.confirmations,
                  verified: result.data.verified,
                }));
              } else toast.error(result.error.message);
            })
          }
        >
          {state.confirmed_by_me ? "You were asked this too" : "I was asked this too"} (
          {state.confirmations})
        </Button>
        {q.mine ? null : (
          <ReportDialog
            questionId={q.id}
            reported={state.reported_by_me}
            onReported={() => setState((s) => ({ ...s, reported_by_me: true }))}
          />
        )}
      </div>
    </article>
  );
}
