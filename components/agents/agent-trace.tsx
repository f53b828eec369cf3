import { Badge } from "@/components/ui/badge";
import type { AgentExecutionDto } from "@/lib/agents/execution-dto";
import type { AgentStep } from "@/lib/agents/types";

const KIND_LABEL: Record<AgentStep["kind"], string> = {
  tool: "Tool",
  reasoning: "LLM",
  fallback: "Fallback",
  synthesis: "Result",
};

const STATUS_TEXT: Record<AgentExecutionDto["status"], string> = {
  queued: "Queued",
  running: "Running",
  completed: "Completed",
  fallback: "Completed by the fixed plan",
  failed: "Failed",
};

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

function inputText(input: Record<string, unknown> | null): string | null {
  if (!input) return null;
  const parts = Object.entries(input)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`);
  return parts.length ? parts.join("; ") : null;
}

/** How an agent run went, step by step: which tools it called, who decided, how long each took. */
export function AgentTrace({ run }: { run: AgentExecutionDto & { steps?: AgentStep[] } }) {
  const steps = run.steps ?? [];
  return (
    <details className="rounded-lg border bg-card p-4 text-sm" data-testid="agent-trace">
      <summary className="cursor-pointer font-medium">
        How this was made: {STATUS_TEXT[run.status]}
        {run.provider
          ? ` · ${run.provider === "builtin" ? "built-in (offline)" : run.provider}`
          : ""}
        {run.execution_time_ms ? ` · ${seconds(run.execution_time_ms)}` : ""}
        {` · ${steps.filter((s) => s.kind === "tool").length} tool calls`}
      </summary>
      {run.error ? (
        <p className="mt-3 text-muted-foreground">
          {run.status === "failed" ? "Error: " : "Why the fixed plan took over: "}
          {run.error}
        </p>
      ) : null}
      <ol className="mt-3 grid gap-2">
        {steps.map((s) => {
          const args = inputText(s.input);
          return (
            <li key={s.index} className="grid gap-1 rounded-md border p-2">
              <div className="flex flex-wrap items-center gap-2">
                <Badge
                  variant={s.error ? "destructive" : s.kind === "tool" ? "secondary" : "outline"}
                >
                  {KIND_LABEL[s.kind]}
                </Badge>
                {s.tool ? <code className="text-xs">{s.tool}</code> : null}
                <span className="text-xs text-muted-foreground">
                  {s.by === "llm" ? "chosen by the LLM" : "fixed plan"} · at {seconds(s.startedMs)}
                  {s.durationMs ? `, took ${seconds(s.durationMs)}` : ""}
                </span>
              </div>
              {args ? <p className="text-xs text-muted-foreground">Input: {args}</p> : null}
              <p className="break-words">{s.summary}</p>
              {s.error && s.kind !== "fallback" ? (
                <p className="text-xs text-destructive">{s.error}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
