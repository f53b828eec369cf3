import { db } from "@/lib/db/client";
import type { AgentExecution, Prisma } from "@/lib/db/generated/client";
import type { AgentType } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { emit } from "@/lib/jobs/emit";
import { publishLiveEvent } from "@/lib/live";
import { logger } from "@/lib/logger";
import { sealJson } from "@/lib/resumes/sealed";
import { agentExecutionsQuerySchema } from "@/lib/validations/agents";
import { parseInput } from "@/lib/validations/parse";
import { AGENTS } from "./definitions";
import {
  outputContext,
  stepsContext,
  toExecutionDto,
  type StoredAgentOutput,
} from "./execution-dto";
import type { RunOptions } from "./runner/run-agent";
import { errorText, toolContext } from "./runner/tool-call";

export interface QueueOptions {
  trigger?: "user" | "session_completed";
  resumeId?: number | null;
  jobDescriptionId?: number | null;
}

/**
 * Records a run (queued) and hands it to its durable function (agent/run.requested). The input
 * is the agent's own (validated by its definition when the run starts); it names ids and
 * choices, never personal text.
 */
export async function queueAgentRun(
  userId: number,
  agentType: AgentType,
  input: Record<string, unknown>,
  options: QueueOptions = {},
): Promise<AgentExecution> {
  const row = await db.agentExecution.create({
    data: {
      userId,
      agentType,
      input: input as Prisma.InputJsonObject,
      trigger: options.trigger ?? "user",
      resumeId: options.resumeId ?? null,
      jobDescriptionId: options.jobDescriptionId ?? null,
      reasoningSteps: [],
      output: {},
    },
  });
  await emit("agent/run.requested", { execution_id: row.id });
  await publishLiveEvent(userId, {
    type: "agent.status",
    agentType,
    status: "queued",
    executionId: row.id,
  });
  return row;
}

// A run that has been "running" this long is dead (its worker crashed): it may be taken over.
const staleAfterMs = () => env().AI_AGENT_BUDGET_MS * 3;

async function claim(executionId: number, now: Date): Promise<AgentExecution | null> {
  const { count } = await db.agentExecution.updateMany({
    where: {
      id: executionId,
      OR: [
        { status: "queued" },
        { status: "running", startedAt: { lt: new Date(now.getTime() - staleAfterMs()) } },
      ],
    },
    data: { status: "running", startedAt: now },
  });
  return count === 1 ? db.agentExecution.findUnique({ where: { id: executionId } }) : null;
}

export type RunOutcome =
  | { execution_id: number; status: "skipped" }
  | { execution_id: number; status: "completed" | "fallback" | "failed"; provider: string | null };

/**
 * The durable function's body: claims a queued run, runs its agent within the budget, and
 * stores the trace and output (sealed) with status, provider and timings; an agent's own
 * results (a study plan) are saved by its definition. A run that cannot finish (its resume gone,
 * a tool failing for good) ends as failed with the reason; a repeated delivery does nothing.
 */
export async function runAgentExecution(
  executionId: number,
  options: RunOptions & { now?: Date } = {},
): Promise<RunOutcome> {
  const now = options.now ?? new Date();
  const row = await claim(executionId, now);
  if (!row) return { execution_id: executionId, status: "skipped" };
  await publishLiveEvent(row.userId, {
    type: "agent.status",
    agentType: row.agentType,
    status: "running",
    executionId: row.id,
  });
  const agent = AGENTS[row.agentType];
  const started = Date.now();
  try {
    const input = agent.parseInput(row.input);
    const ctx = toolContext(row.userId, now);
    const run = await agent.run(input, ctx, options);
    await db.$transaction(async (tx) => {
      await tx.agentExecution.update({
        where: { id: row.id },
        data: {
          status: run.status,
          success: true,
          provider: run.provider,
          errorMessage: run.error,
          executionTimeMs: run.durationMs,
          completedAt: new Date(),
          reasoningSteps: sealJson(run.steps, stepsContext(row.id)),
          output: sealJson(
            { result: run.output, notes: run.notes } satisfies StoredAgentOutput,
            outputContext(row.id),
          ),
        },
      });
      await agent.persist?.(tx, row, run.output);
    });
    await publishLiveEvent(row.userId, {
      type: "agent.status",
      agentType: row.agentType,
      status: "completed",
      executionId: row.id,
    });
    logger.info("agent run", {
      execution_id: row.id,
      agent: row.agentType,
      status: run.status,
      provider: run.provider,
      steps: run.steps.length,
      duration_ms: run.durationMs,
    });
    return { execution_id: row.id, status: run.status, provider: run.provider };
  } catch (error) {
    const message = errorText(error);
    await db.agentExecution.update({
      where: { id: row.id },
      data: {
        status: "failed",
        success: false,
        errorMessage: message,
        executionTimeMs: Date.now() - started,
        completedAt: new Date(),
      },
    });
    await publishLiveEvent(row.userId, {
      type: "agent.status",
      agentType: row.agentType,
      status: "failed",
      executionId: row.id,
    });
    logger.warn("agent run failed", { execution_id: row.id, agent: row.agentType, error: message });
    return { execution_id: row.id, status: "failed", provider: null };
  }
}

/** GET /agents/executions: the caller's runs, newest first (without trace or output). */
export async function listAgentExecutions(userId: number, query: unknown) {
  const { agent_type, limit } = parseInput(agentExecutionsQuerySchema, query);
  const rows = await db.agentExecution.findMany({
    where: { userId, ...(agent_type ? { agentType: agent_type } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => toExecutionDto(row));
}

/** GET /agents/executions/{id}: one run with its readable trace and output; 404 for others'. */
export async function getAgentExecution(userId: number, executionId: number) {
  const row = await db.agentExecution.findFirst({ where: { id: executionId, userId } });
  if (!row) throw notFound("Agent execution");
  return toExecutionDto(row, { detail: true });
}

/** The caller's latest finished run of a type (optionally for one resume), with its detail. */
export async function latestAgentRun(
  userId: number,
  agentType: AgentType,
  where: { resumeId?: number } = {},
) {
  const row = await db.agentExecution.findFirst({
    where: { userId, agentType, ...where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return row ? toExecutionDto(row, { detail: true }) : null;
}

/**
 * The recovery sweep: runs whose event was lost (queued for a minute) are sent again, runs
 * whose worker died (running past the stale limit) are taken over the same way.
 */
export async function recoverAgentRuns(now: Date = new Date()) {
  const rows = await db.agentExecution.findMany({
    where: {
      OR: [
        { status: "queued", createdAt: { lt: new Date(now.getTime() - 60_000) } },
        { status: "running", startedAt: { lt: new Date(now.getTime() - staleAfterMs()) } },
      ],
    },
    select: { id: true },
    take: 50,
  });
  for (const { id } of rows) await emit("agent/run.requested", { execution_id: id });
  return { redelivered: rows.length };
}
