import type { StarBreakdown as Star } from "@/lib/ai/types";

const PARTS = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
] as const;

/** The STAR structure found in a behavioural answer; gaps say so. */
export function StarBreakdown({ star }: { star: Star }) {
  return (
    <dl className="grid gap-2 sm:grid-cols-2">
      {PARTS.map(([key, label]) => {
        const value = star[key];
        return (
          <div key={key} className="rounded-md border p-3">
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              {label}
            </dt>
            <dd className={value ? "mt-1 text-sm" : "mt-1 text-sm text-muted-foreground italic"}>
              {value ?? "Not found in your answer"}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
