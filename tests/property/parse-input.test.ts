/**
 * parseInput: every input schema refuses a NUL character or a lone surrogate (422 naming the
 * field), never the database.
 */
import fc from "fast-check";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { featureFlagSchema } from "@/lib/validations/admin";
import { parseInput } from "@/lib/validations/parse";

const schema = z.object({
  title: z.string(),
  tags: z.array(z.string()),
  nested: z.object({ note: z.string().optional() }),
});

const textWithout = fc.string({ maxLength: 20 }).map((s) => s.replaceAll("\u0000", ""));

describe("parseInput", () => {
  it("refuses a NUL or a lone surrogate anywhere in the parsed value with a 422 on that field", () => {
    fc.assert(
      fc.property(
        textWithout,
        textWithout,
        fc.constantFrom("title", "tags.0", "nested.note"),
        fc.constantFrom("\u0000", "\ud800", "\udfff", "\udc00\ud83d"),
        (before, after, field, unstorable) => {
          const bad = `${before}${unstorable}${after}`;
          const input = {
            title: field === "title" ? bad : "ok",
            tags: [field === "tags.0" ? bad : "ok"],
            nested: { note: field === "nested.note" ? bad : "ok" },
          };
          try {
            parseInput(schema, input);
            return false;
          } catch (error) {
            if (!isAppError(error)) return false;
            expect(error.status).toBe(422);
            expect(error.details).toEqual({
              [field]: ["Must not contain NUL characters or broken Unicode (lone surrogates)"],
            });
            return true;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("passes every value without NUL through unchanged, emoji (surrogate pairs) included", () => {
    const text = fc.oneof(
      textWithout,
      textWithout.map((t) => `${t}😀`),
    );
    fc.assert(
      fc.property(text, fc.array(textWithout, { maxLength: 3 }), (title, tags) => {
        expect(parseInput(schema, { title, tags, nested: {} })).toEqual({
          title,
          tags,
          nested: {},
        });
      }),
      { numRuns: 200 },
    );
  });

  // Found by the endpoint matrix: a feature flag's description with NUL was a 500.
  it("refuses the feature-flag description the matrix found", () => {
    expect(() =>
      parseInput(featureFlagSchema, { name: "new_thing", description: "B\u0000x", enabled: true }),
    ).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }) as Error);
  });
});
