import { questionFingerprint } from "@/lib/questions/fingerprint";
import { ProviderError } from "../llm/errors";
import { parseStructured } from "../llm/json-output";
import { replyJsonSchema } from "../llm/reply-json-schema";
import type { LlmTask } from "../router";
import type { QuestionDraft, QuestionRequest } from "../types";
import { questionMessages } from "./prompt";
import { generatedQuestionSchema, questionsReplySchema } from "./schema";

/**
 * Question generation by an LLM. Each question is validated on its own: invalid ones, ones in a
 * category that was not asked for, and repeats are dropped; a reply with none left is a schema
 * violation (next provider). The difficulty is the one requested.
 */
export const questionsTask: LlmTask<QuestionRequest, QuestionDraft[]> = {
  name: "generate_questions",
  messages: questionMessages,
  jsonSchema: replyJsonSchema(questionsReplySchema),
  parse(reply, request) {
    const { questions } = parseStructured(reply, questionsReplySchema);
    const seen = new Set(request.excludeFingerprints);
    const drafts: QuestionDraft[] = [];
    for (const item of questions) {
      const q = generatedQuestionSchema.safeParse(item);
      if (!q.success || !request.categories.includes(q.data.category)) continue;
      const fingerprint = questionFingerprint(request.role, q.data.text);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      drafts.push({
        questionText: q.data.text,
        category: q.data.category,
        difficulty: request.difficulty,
        role: request.role,
        expectedAnswerPoints: q.data.points,
        timeLimitSeconds: q.data.timeLimitSeconds,
      });
    }
    if (drafts.length === 0) throw new ProviderError("schema", "no usable question in the reply");
    return drafts.slice(0, request.count);
  },
};
