import type { DbTx } from "@/lib/db/client";
import { z } from "zod";
import type { AgentExecution } from "@/lib/db/generated/client";
import type { AgentType } from "@/lib/db/generated/enums";
import type { StudyPlanData } from "@/lib/validations/agents";
import { companyCoachingAgent } from "./coaching/agent";
import { resumeAnalysisAgent } from "./resume-analysis/agent";
import { runAgent, type RunOptions } from "./runner/run-agent";
import { studyPlanAgent } from "./study-plan/agent";
import { saveStudyPlan } from "./study-plan/plan-service";
import type { AgentDefinition, AgentRunResult, ToolContext } from "./types";

// The stored input of each agent (agent_executions.input): ids and choices, camelCase.
const nullableId = z.number().int().positive().nullable();
export const AGENT_INPUTS = {
  resume_analysis: z.object({
    resumeId: nullableId,
    jobDescriptionId: nullableId,
    targetRole: z.string().nullable(),
  }),
  study_plan: z.object({
    days: z.number().int().min(1).max(28),
    minutesPerDay: z.number().int().min(5).max(600),
    targetRole: z.string().nullable(),
    jobDescriptionId: nullableId,
    sessionId: nullableId,
  }),
  company_coaching: z.object({ company: z.string().min(1), role: z.string().nullable() }),
} as const;
export type AgentInput<T extends AgentType> = z.output<(typeof AGENT_INPUTS)[T]>;

interface AgentEntry {
  parseInput(raw: unknown): unknown;
  run(input: unknown, ctx: ToolContext, options: RunOptions): Promise<AgentRunResult<unknown>>;
  /** Saves the output where the product reads it (beyond agent_executions), in the run's transaction. */
  persist?(tx: DbTx, row: AgentExecution, output: unknown): Promise<void>;
}

function entry<I, O>(
  definition: AgentDefinition<I, O>,
  schema: z.ZodType<I>,
  persist?: (tx: DbTx, row: AgentExecution, output: O) => Promise<void>,
): AgentEntry {
  return {
    parseInput: (raw) => schema.parse(raw),
    run: (input, ctx, options) => runAgent(definition, input as I, ctx, options),
    ...(persist ? { persist: (tx, row, output) => persist(tx, row, output as O) } : {}),
  };
}

/** Every agent by type: how its input is read, how it runs, and where its output also goes. */
export const AGENTS: Record<AgentType, AgentEntry> = {
  resume_analysis: entry(resumeAnalysisAgent, AGENT_INPUTS.resume_analysis),
  study_plan: entry(studyPlanAgent, AGENT_INPUTS.study_plan, (tx, row, output: StudyPlanData) =>
    saveStudyPlan(tx, row.userId, row.id, output),
  ),
  company_coaching: entry(companyCoachingAgent, AGENT_INPUTS.company_coaching),
};
