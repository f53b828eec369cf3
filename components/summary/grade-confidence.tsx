import { InfoIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { EvaluationDto } from "@/lib/evaluations/evaluation-dto";
import { missedPoints } from "@/lib/evaluations/low-score";

const PROVIDER_LABELS: Record<string, string> = {
  builtin: "the built-in evaluator",
  groq: "Groq",
  gemini: "Gemini",
  ollama: "Ollama",
  huggingface: "Hugging Face",
};

type Props = Pick<EvaluationDto, "confidence" | "second_opinion" | "evidence"> & {
  overallScore: number | null;
};

/**
 * How far to trust a score: a low-confidence label with the grader's reasons and any second
 * opinion, and for a low score the expected points the answer did not address.
 */
export function GradeConfidence({ confidence, second_opinion, evidence, overallScore }: Props) {
  const missed = missedPoints(overallScore, evidence);
  const low = confidence?.level === "low";
  if (!low && missed.length === 0) return null;
  return (
    <div className="grid gap-2 text-sm">
      {missed.length > 0 ? (
        <p>
          <span className="font-semibold">Why this score is low: did not address </span>
          {missed.join("; ")}.
        </p>
      ) : null}
      {low && confidence ? (
        <div className="grid gap-1 rounded-md border border-warning/50 bg-warning/10 p-3">
          <p className="flex items-center gap-2">
            <Badge variant="warning">
              <InfoIcon aria-hidden="true" />
              Low confidence
            </Badge>
            <span className="text-muted-foreground">
              The grader is not sure of this score ({confidence.score}/100).
            </span>
          </p>
          {confidence.reasons.length > 0 ? (
            <ul className="list-disc pl-5 text-muted-foreground">
              {confidence.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
          {second_opinion ? (
            <p className="text-muted-foreground">
              Second opinion from{" "}
              {PROVIDER_LABELS[second_opinion.provider] ?? second_opinion.provider}:{" "}
              {second_opinion.overallScore}/100 ({second_opinion.disagreement} points apart).
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
