"use client";

import { useOptimistic, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Progress } from "@/components/ui/progress";
import type { ActionResult } from "@/lib/actions/result";
import type { StudyPlanDto } from "@/lib/agents/study-plan/plan-service";

type Toggle = (
  taskId: string,
  done: boolean,
) => Promise<ActionResult<{ task_id: string; done: boolean }>>;

const KIND_LABEL = {
  review: "Review",
  practice: "Practice",
  learn: "Learn",
  mock: "Mock",
} as const;

/**
 * The plan's days with their tasks; ticking a task saves it at once (shown ticked while it
 * saves, put back with a message if saving fails).
 */
export function StudyPlanDays({ plan, toggle }: { plan: StudyPlanDto; toggle: Toggle }) {
  const initial = new Map(plan.days.flatMap((d) => d.tasks.map((t) => [t.id, t.done] as const)));
  const [saved, setSaved] = useState(initial);
  const [done, setOptimistic] = useOptimistic(saved, (state, [id, value]: [string, boolean]) =>
    new Map(state).set(id, value),
  );
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const total = initial.size;
  const count = [...done.values()].filter(Boolean).length;

  const onChange = (taskId: string, value: boolean) => {
    setError(null);
    startTransition(async () => {
      setOptimistic([taskId, value]);
      const result = await toggle(taskId, value);
      if (result.ok) setSaved((s) => new Map(s).set(taskId, result.data.done));
      else setError(result.error.message);
    });
  };

  return (
    <div className="grid gap-4">
      <div className="grid gap-1">
        <p className="text-sm font-medium" aria-live="polite">
          {count} of {total} tasks done
        </p>
        <Progress value={total ? (100 * count) / total : 0} aria-label="Plan progress" />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          Could not save: {error}
        </p>
      ) : null}
      <ol className="grid gap-3">
        {plan.days.map((day) => (
          <li key={day.day} className="rounded-lg border bg-card p-4">
            <h3 className="flex flex-wrap items-baseline justify-between gap-2 font-medium">
              <span>
                Day {day.day} · {day.theme}
              </span>
              <span className="text-xs font-normal text-muted-foreground">
                {new Date(`${day.date}T00:00:00Z`).toLocaleDateString("en", {
                  weekday: "short",
                  month: "short",
                  day: "numeric",
                  timeZone: "UTC",
                })}{" "}
                · {day.minutes} min
              </span>
            </h3>
            {day.tasks.length === 0 ? (
              <p className="mt-2 text-sm text-muted-foreground">Rest day.</p>
            ) : (
              <ul className="mt-3 grid gap-3">
                {day.tasks.map((task) => {
                  const id = `task-${day.day}-${task.id}`;
                  const checked = done.get(task.id) ?? false;
                  return (
                    <li key={task.id} className="flex items-start gap-3">
                      <Checkbox
                        id={id}
                        checked={checked}
                        onCheckedChange={(v) => onChange(task.id, v === true)}
                        className="mt-1"
                      />
                      <div className="grid min-w-0 gap-0.5">
                        <label
                          htmlFor={id}
                          className={`text-sm font-medium break-words ${checked ? "text-muted-foreground line-through" : ""}`}
                        >
                          {task.title}
                        </label>
                        <p className="text-xs text-muted-foreground break-words">{task.detail}</p>
                        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                          <Badge variant="outline">{KIND_LABEL[task.kind]}</Badge>
                          <span>{task.minutes} min</span>
                          <span className="break-words">· {task.reason}</span>
                        </p>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
