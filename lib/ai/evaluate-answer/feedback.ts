import { findInjections } from "../offline/evaluator/injection";
import type { EvaluationResult } from "../types";
import type { EvaluationReply } from "./schema";

const MAX_ITEMS = 5;
const MAX_ITEM_CHARS = 400;
const MAX_EXAMPLE_CHARS = 3000;

/** Model text fit to show: control characters gone, bounded, and no instruction echoed back. */
function clean(text: string, max: number): string | null {
  const flat = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  if (!flat || findInjections(flat).length > 0) return null;
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function list(items: readonly string[], fallback: string[]): string[] {
  const kept = [...new Set(items.map((i) => clean(i, MAX_ITEM_CHARS)).filter((i) => i !== null))];
  return kept.length > 0 ? kept.slice(0, MAX_ITEMS) : fallback;
}

type Feedback = Pick<
  EvaluationResult,
  "strengths" | "improvements" | "suggestions" | "exampleAnswer"
>;

/**
 * The model's feedback, each list falling back to the built-in evaluator's when nothing usable is
 * left. For an answer flagged as a prompt injection the model may have been steered, so its
 * feedback is not used at all.
 */
export function mergeFeedback(
  reply: EvaluationReply["feedback"],
  builtin: EvaluationResult,
): Feedback {
  if (builtin.flags.includes("prompt_injection")) {
    const { strengths, improvements, suggestions, exampleAnswer } = builtin;
    return { strengths, improvements, suggestions, exampleAnswer };
  }
  return {
    strengths: list(reply.strengths, builtin.strengths),
    improvements: list(reply.improvements, builtin.improvements),
    suggestions: list(reply.suggestions, builtin.suggestions),
    exampleAnswer: clean(reply.example_answer ?? "", MAX_EXAMPLE_CHARS) ?? builtin.exampleAnswer,
  };
}
