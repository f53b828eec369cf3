import { CheckCircle2Icon, ChevronDownIcon, CircleIcon } from "lucide-react";
import type { ModelAnswerView } from "@/lib/questions/model-answer";

/** The model answer, shown after an attempt, with the expected points it covers marked. */
export function ModelAnswer({ model }: { model: ModelAnswerView }) {
  const covered = model.points.filter((p) => p.covered).length;
  return (
    <details className="group rounded-lg border">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-4 py-3 text-sm font-semibold [&::-webkit-details-marker]:hidden">
        Model answer
        <ChevronDownIcon
          aria-hidden="true"
          className="size-4 transition-transform group-open:rotate-180"
        />
      </summary>
      <div className="grid gap-3 border-t px-4 py-3">
        <p className="text-sm leading-relaxed whitespace-pre-wrap">{model.text}</p>
        {model.points.length > 0 ? (
          <div className="grid gap-1.5">
            <p className="text-xs text-muted-foreground">
              It covers {covered} of {model.points.length} expected points:
            </p>
            <ul className="grid gap-1 text-sm">
              {model.points.map((p, i) => (
                <li key={`${i}-${p.point}`} className="flex gap-2">
                  {p.covered ? (
                    <CheckCircle2Icon
                      aria-hidden="true"
                      className="mt-0.5 size-4 shrink-0 text-success"
                    />
                  ) : (
                    <CircleIcon
                      aria-hidden="true"
                      className="mt-0.5 size-4 shrink-0 text-muted-foreground"
                    />
                  )}
                  <span>
                    <span className="sr-only">{p.covered ? "Covered: " : "Not covered: "}</span>
                    {p.point}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}
