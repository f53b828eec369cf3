import type { z } from "zod";
import { ProviderError } from "./errors";

/** The JSON object in a model's reply: bare, fenced (```json … ```), or wrapped in prose. */
function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(trimmed)?.[1] ?? trimmed;
  try {
    return JSON.parse(fenced);
  } catch {
    const start = fenced.indexOf("{");
    const end = fenced.lastIndexOf("}");
    if (start !== -1 && end > start) {
      try {
        return JSON.parse(fenced.slice(start, end + 1));
      } catch {
        // Falls through to the error below.
      }
    }
  }
  throw new ProviderError("malformed", `reply is not JSON: ${trimmed.slice(0, 80)}`);
}

/** Property 9: parses and validates a reply; anything else sends the router to the next provider. */
export function parseStructured<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(extractJson(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid";
    throw new ProviderError("schema", `reply does not match the schema (${where})`);
  }
  return parsed.data;
}
