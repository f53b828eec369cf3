import type { AgentExecution } from "@/lib/db/generated/client";
import { logger } from "@/lib/logger";
import { openJson } from "@/lib/resumes/sealed";
import type { AgentStep } from "./types";

// Steps and output quote the candidate's resume and answers: sealed, bound to their row.
export const stepsContext = (id: number) => `agent-execution:${id}:steps`;
export const outputContext = (id: number) => `agent-execution:${id}:output`;

/** The stored output: the synthesis, and the LLM's closing notes. */
export interface StoredAgentOutput<O = unknown> {
  result: O;
  notes: string | null;
}

function open<T>(stored: unknown, context: string, id: number): T | null {
  if (!stored || (typeof stored === "object" && !("sealed" in stored))) return null;
  try {
    return openJson(stored, context) as T;
  } catch (error) {
    logger.error("agent execution unreadable", { execution_id: id, error: String(error) });
    return null;
  }
}

export const executionSteps = (row: AgentExecution): AgentStep[] =>
  open<AgentStep[]>(row.reasoningSteps, stepsContext(row.id), row.id) ?? [];

export const executionOutput = <O>(row: AgentExecution): StoredAgentOutput<O> | null =>
  open<StoredAgentOutput<O>>(row.output, outputContext(row.id), row.id);

/** An agent run as the API and pages show it; the trace and output only when asked for. */
export function toExecutionDto(row: AgentExecution, options: { detail?: boolean } = {}) {
  const steps = options.detail ? executionSteps(row) : null;
  const output = options.detail ? executionOutput(row) : null;
  return {
    execution_id: row.id,
    agent_type: row.agentType,
    status: row.status,
    provider: row.provider,
    trigger: row.trigger,
    success: row.success,
    input: row.input,
    resume_id: row.resumeId,
    job_description_id: row.jobDescriptionId,
    error: row.errorMessage,
    execution_time_ms: row.executionTimeMs,
    created_at: row.createdAt.toISOString(),
    started_at: row.startedAt?.toISOString() ?? null,
    completed_at: row.completedAt?.toISOString() ?? null,
    ...(options.detail
      ? {
          steps: steps ?? [],
          tool_calls: (steps ?? []).filter((s) => s.kind === "tool").length,
          output: output?.result ?? null,
          notes: output?.notes ?? null,
        }
      : {}),
  };
}
export type AgentExecutionDto = ReturnType<typeof toExecutionDto>;
