"use client";

import { useState } from "react";
import { toast } from "sonner";
import { retryEvaluationAction } from "../actions";

/**
 * Retrying a failed evaluation from the runner or the summary: which answers are being retried,
 * and `retry(answerId)`, which calls `onQueued` once the evaluation is pending again.
 */
export function useEvaluationRetry(onQueued: (answerId: number) => void) {
  const [retrying, setRetrying] = useState<ReadonlySet<number>>(new Set());

  async function retry(answerId: number) {
    setRetrying((s) => new Set(s).add(answerId));
    try {
      const result = await retryEvaluationAction(answerId);
      if (result.ok) onQueued(answerId);
      else toast.error(result.error.message);
    } catch {
      toast.error("We could not reach the server. Try again.");
    } finally {
      setRetrying((s) => {
        const next = new Set(s);
        next.delete(answerId);
        return next;
      });
    }
  }

  return { retrying, retry };
}
