import { llmProviders } from "@/lib/ai/providers/registry";
import type { ChatProvider } from "@/lib/ai/providers/types";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { contextFields } from "@/lib/request-context";
import type { AgentDefinition, AgentRunResult, ToolContext, ToolResults } from "../types";
import { runLlmLoop } from "./llm-loop";
import { Trace, callTool, errorText } from "./tool-call";

// The LLM gets this share of the budget; the fixed plan and the synthesis need the rest.
const LLM_SHARE = 0.75;

export interface RunOptions {
  /** Defaults to AI_AGENT_BUDGET_MS (20 s, spec property 19). */
  budgetMs?: number;
  /** Defaults to the configured LLM providers; none means the fixed plan alone. */
  providers?: readonly ChatProvider[];
}

/**
 * Runs an agent. With LLM providers configured the model drives the tools (LangChain tool
 * calling) within three quarters of the budget; whatever it leaves uncalled, and everything
 * when it fails or runs out of time, the fixed plan calls in order. The output is always the
 * synthesis of the tools' results, so a run without an LLM (or after its failure) is as complete
 * as one with it; the LLM adds its closing notes.
 */
export async function runAgent<I, O>(
  definition: AgentDefinition<I, O>,
  input: I,
  ctx: ToolContext,
  options: RunOptions = {},
): Promise<AgentRunResult<O>> {
  const budgetMs = options.budgetMs ?? env().AI_AGENT_BUDGET_MS;
  const providers = options.providers ?? llmProviders();
  const trace = new Trace();
  const results: ToolResults = new Map();
  const started = Date.now();
  const tools = definition.tools(input);

  let provider: AgentRunResult<O>["provider"] = "builtin";
  let status: AgentRunResult<O>["status"] = "completed";
  let notes: string | null = null;
  let error: string | null = null;

  if (providers.length > 0) {
    try {
      const loop = await runLlmLoop({
        providers,
        system: definition.systemPrompt(input),
        task: definition.task(input),
        tools,
        ctx,
        trace,
        results,
        deadline: started + Math.floor(budgetMs * LLM_SHARE),
      });
      provider = loop.provider;
      notes = loop.notes;
    } catch (failure) {
      status = "fallback";
      error = errorText(failure);
      trace.add({
        kind: "fallback",
        by: "fixed_plan",
        tool: null,
        input: null,
        summary: `${error} The fixed plan finishes the run with the same tools.`,
        startedMs: trace.elapsed(),
        durationMs: 0,
        error,
      });
      logger.warn("agent fell back to its fixed plan", {
        ...contextFields(),
        agent: definition.type,
        error,
      });
    }
  }

  const byName = new Map(tools.map((t) => [t.name, t]));
  for (const name of definition.plan) {
    if (results.has(name)) continue;
    const tool = byName.get(name);
    if (!tool) throw new Error(`agent ${definition.type}: no tool named ${name}`);
    await callTool(tool, {}, "fixed_plan", ctx, trace, results);
  }

  const startedMs = trace.elapsed();
  const output = await definition.synthesize(results, input, ctx);
  trace.add({
    kind: "synthesis",
    by: "fixed_plan",
    tool: null,
    input: null,
    summary: `Combined the results of ${results.size} tools into the ${definition.type.replace("_", " ")}.`,
    startedMs,
    durationMs: trace.elapsed() - startedMs,
    error: null,
  });
  return {
    output,
    steps: trace.steps,
    status,
    provider: status === "fallback" ? "builtin" : provider,
    notes,
    error,
    durationMs: Date.now() - started,
  };
}
