import { z } from "zod";
import { difficultySchema } from "@/lib/validations/enums";
import { roleSchema } from "@/lib/validations/interview";
import { questionSchema } from "@/lib/validations/question";
import { questionFingerprint } from "../fingerprint";
import { roleSlug } from "./role-slug";
import { SKILL_TAG, canonicalSkill } from "./skill-tags";

export const BANK_KEY_MAX = 120;
export const SKILLS = { min: 1, max: 6 } as const;
export const MODEL_ANSWER_WORDS = { min: 90, max: 280 } as const;

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// "<role-slug>/<question-slug>": kebab-case on both sides.
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const keySchema = z
  .string()
  .max(BANK_KEY_MAX, `A key is at most ${BANK_KEY_MAX} characters`)
  .regex(KEY, 'A key is "<role-slug>/<kebab-case-slug>"');

const skillSchema = z
  .string()
  .refine((t) => t === t.toLowerCase(), "Skill tags are lowercase")
  .refine((t) => SKILL_TAG.test(t.trim()), "A skill tag is 1–40 letters, digits or + # . / & ' -")
  .transform(canonicalSkill);

const skillsSchema = z
  .array(skillSchema)
  .min(SKILLS.min, `At least ${SKILLS.min} skill tag`)
  .max(SKILLS.max, `At most ${SKILLS.max} skill tags`)
  .transform((tags) => [...new Set(tags)]);

const modelAnswerSchema = z
  .string()
  .trim()
  .refine(
    (a) => countWords(a) >= MODEL_ANSWER_WORDS.min && countWords(a) <= MODEL_ANSWER_WORDS.max,
    `A model answer is ${MODEL_ANSWER_WORDS.min}–${MODEL_ANSWER_WORDS.max} words`,
  );

const coversSchema = z
  .array(z.number().int().min(0))
  .min(1, "A model answer covers at least one expected point")
  .refine((c) => new Set(c).size === c.length, "Indices of covered points are listed once")
  .transform((c) => [...c].sort((a, b) => a - b));

/** One question of a bank file: the shared question schema plus the bank's own fields. */
export const bankQuestionSchema = z
  .strictObject({
    key: keySchema,
    category: questionSchema.shape.category,
    difficulty: difficultySchema,
    text: questionSchema.shape.text,
    points: questionSchema.shape.points,
    timeLimitSeconds: questionSchema.shape.timeLimitSeconds,
    skills: skillsSchema,
    modelAnswer: modelAnswerSchema.optional(),
    modelAnswerCovers: coversSchema.optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.modelAnswer === undefined) !== (q.modelAnswerCovers === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [q.modelAnswer === undefined ? "modelAnswer" : "modelAnswerCovers"],
        message: "modelAnswer and modelAnswerCovers come together",
      });
    }
    for (const index of q.modelAnswerCovers ?? []) {
      if (index >= q.points.length) {
        ctx.addIssue({
          code: "custom",
          path: ["modelAnswerCovers"],
          message: `Point ${index} does not exist (the question has ${q.points.length})`,
        });
      }
    }
  });

/** A role file: `{ role, questions }`, every key prefixed with the role's slug. */
export const bankFileSchema = z
  .strictObject({
    role: roleSchema.refine(
      (r) => r === r.replace(/\s+/g, " "),
      "A role name is written with single spaces",
    ),
    questions: z.array(bankQuestionSchema).min(1, "A role file holds at least one question"),
  })
  .superRefine((file, ctx) => {
    const prefix = `${roleSlug(file.role)}/`;
    const keys = new Set<string>();
    const fingerprints = new Map<string, string>();
    file.questions.forEach((q, i) => {
      if (!q.key.startsWith(prefix)) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "key"],
          message: `Keys of this role start with "${prefix}"`,
        });
      }
      if (keys.has(q.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "key"],
          message: `Key ${q.key} is used twice`,
        });
      }
      keys.add(q.key);
      const fingerprint = questionFingerprint(file.role, q.text);
      const twin = fingerprints.get(fingerprint);
      if (twin) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "text"],
          message: `Same text as ${twin}`,
        });
      }
      fingerprints.set(fingerprint, q.key);
    });
  });

export type BankFile = z.output<typeof bankFileSchema>;
/** A bank question with the role it belongs to. */
export type BankQuestion = z.output<typeof bankQuestionSchema> & { role: string };
