import type { z } from "zod";
import type { AgentStep, AnyAgentTool, ToolContext, ToolResults } from "../types";

const MAX_ERROR = 300;

/** The trace's running record of a run: steps with their offsets from the run's start. */
export class Trace {
  readonly steps: AgentStep[] = [];
  private readonly started = performance.now();

  elapsed(): number {
    return Math.round(performance.now() - this.started);
  }

  add(step: Omit<AgentStep, "index">): AgentStep {
    const entry = { ...step, index: this.steps.length };
    this.steps.push(entry);
    return entry;
  }
}

export const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR);

/**
 * Calls one tool with arguments checked against its schema, records the call in the trace
 * (arguments, summary of the output, timing) and keeps the output for the synthesis. A tool that
 * throws is recorded and the error passed on.
 */
export async function callTool(
  tool: AnyAgentTool,
  rawArgs: unknown,
  by: AgentStep["by"],
  ctx: ToolContext,
  trace: Trace,
  results: ToolResults,
): Promise<unknown> {
  const startedMs = trace.elapsed();
  const parsed = (tool.args as z.ZodObject).safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const message = `Invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(args)"} ${i.message}`).join("; ")}`;
    trace.add({
      kind: "tool",
      by,
      tool: tool.name,
      input: asRecord(rawArgs),
      summary: message,
      startedMs,
      durationMs: 0,
      error: message,
    });
    throw new ToolArgumentsError(message);
  }
  const args = parsed.data;
  try {
    const output: unknown = await tool.run(args, ctx);
    if (!tool.partial?.(args)) results.set(tool.name, output);
    trace.add({
      kind: "tool",
      by,
      tool: tool.name,
      input: args,
      summary: tool.summarize(output),
      startedMs,
      durationMs: trace.elapsed() - startedMs,
      error: null,
    });
    return output;
  } catch (error) {
    trace.add({
      kind: "tool",
      by,
      tool: tool.name,
      input: args,
      summary: "The tool failed.",
      startedMs,
      durationMs: trace.elapsed() - startedMs,
      error: errorText(error),
    });
    throw error;
  }
}

/** An LLM's arguments that do not fit the tool's schema (told back to it, not fatal). */
export class ToolArgumentsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ToolArgumentsError";
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A ToolContext whose memo lives as long as the run. */
export function toolContext(userId: number, now: Date): ToolContext {
  const memo = new Map<string, Promise<unknown>>();
  return {
    userId,
    now,
    memo<T>(key: string, load: () => Promise<T>): Promise<T> {
      let hit = memo.get(key) as Promise<T> | undefined;
      if (!hit) {
        hit = load();
        memo.set(key, hit);
        // A failed load is tried again by the next caller.
        hit.catch(() => memo.delete(key));
      }
      return hit;
    },
  };
}
