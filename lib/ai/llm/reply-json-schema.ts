import { z } from "zod";

/** The JSON schema a reply must satisfy, as providers with constrained decoding accept it. */
export function replyJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}
