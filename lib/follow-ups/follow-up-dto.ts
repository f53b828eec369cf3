import type { Answer, Evaluation, FollowUp } from "@/lib/db/generated/client";
import { toEvaluationDto } from "@/lib/evaluations/evaluation-dto";

type FollowUpRow = FollowUp & { response: (Answer & { evaluation: Evaluation | null }) | null };

/** A follow-up as the API returns it: the question, what it probes, and the answer once given. */
export function toFollowUpDto(f: FollowUpRow) {
  return {
    follow_up_id: f.id,
    parent_answer_id: f.parentAnswerId,
    kind: f.kind,
    prompt: f.prompt,
    point: f.point,
    point_index: f.pointIndex,
    provider: f.provider,
    created_at: f.createdAt.toISOString(),
    answer: f.response
      ? {
          answer_id: f.response.id,
          answer_text: f.response.answerText,
          time_taken: f.response.timeTaken,
          submitted_at: f.response.submittedAt.toISOString(),
          evaluation_status: f.response.evaluation?.status ?? "pending",
          evaluation: f.response.evaluation ? toEvaluationDto(f.response.evaluation) : null,
        }
      : null,
  };
}
export type FollowUpDto = ReturnType<typeof toFollowUpDto>;
