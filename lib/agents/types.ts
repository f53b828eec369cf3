import type { z } from "zod";
import type { AgentType, AiProviderName } from "@/lib/db/generated/enums";

/** What every tool of a run may use: who it runs for, and a per-run memo for shared loads. */
export interface ToolContext {
  userId: number;
  now: Date;
  /** Loads a value once per run (the resume, the history) however many tools need it. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * One tool: a plain typed function over our services, with the zod schema of the arguments an
 * LLM may choose (all optional: the fixed plan calls it with none) and a one-line summary of its
 * result for the trace.
 */
export interface AgentTool<A extends z.ZodObject = z.ZodObject, O = unknown> {
  name: string;
  description: string;
  args: A;
  run(args: z.output<A>, ctx: ToolContext): Promise<O>;
  summarize(output: O): string;
  /** Whether these arguments narrow the output (a filter): such a call does not stand in for
   * the fixed plan's full call in the synthesis. */
  partial?(args: z.output<A>): boolean;
}

/** Any tool, whatever its argument and output types (a run's tool list). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAgentTool = AgentTool<any, any>;

/** One entry of a run's trace, as stored and shown. */
export interface AgentStep {
  index: number;
  kind: "tool" | "reasoning" | "fallback" | "synthesis";
  /** Who decided on the step: the LLM, or the fixed plan. */
  by: "llm" | "fixed_plan";
  tool: string | null;
  /** The tool's arguments (an LLM's choice, or {} on the fixed plan). */
  input: Record<string, unknown> | null;
  /** What came out, in a sentence (never the raw data). */
  summary: string;
  /** Milliseconds since the run started, and the step's own length. */
  startedMs: number;
  durationMs: number;
  error: string | null;
}

/** Tool outputs by tool name (the last call of each). */
export type ToolResults = Map<string, unknown>;

/** An agent: its prompt, its tools, the order the fixed plan calls them in, and its synthesis. */
export interface AgentDefinition<I, O> {
  type: AgentType;
  /** The system prompt, with the run's input in it (target role, company…). */
  systemPrompt(input: I): string;
  /** What the run is asked to do (the first user message). */
  task(input: I): string;
  /** The run's tools, bound to its input (which resume, which company). */
  tools(input: I): readonly AnyAgentTool[];
  /** Tools in the order the fixed plan calls them; the output needs every one of them. */
  plan: readonly string[];
  /**
   * The output, from the tools' results alone: deterministic, so the same data gives the same
   * result with or without an LLM. The LLM's closing notes are attached beside it.
   */
  synthesize(results: ToolResults, input: I, ctx: ToolContext): O | Promise<O>;
}

export interface AgentRunResult<O> {
  output: O;
  steps: AgentStep[];
  status: "completed" | "fallback";
  provider: AiProviderName;
  /** The LLM's closing advice (plain text), null on the fixed plan. */
  notes: string | null;
  /** Why the fixed plan took over, when it did after an LLM was tried. */
  error: string | null;
  durationMs: number;
}
