// npm run bank:merge-answers -- answers.json ... — writes model answers into the bank's role
// files. An answers file is a list of { text, modelAnswer, modelAnswerCovers }, matched to the
// bank question with the same text (case and spacing aside). Unmatched entries are listed and
// left out; nothing is written when a file cannot be read. Run npm run bank:check afterwards.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BANK_DIR } from "@/lib/questions/bank/load";

const answersSchema = z.array(
  z.object({
    text: z.string(),
    modelAnswer: z.string(),
    modelAnswerCovers: z.array(z.number().int()),
  }),
);
type Answer = z.infer<typeof answersSchema>[number];
interface RoleFile {
  role: string;
  questions: Record<string, unknown>[];
}

const identity = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

function main(files: string[]): number {
  if (files.length === 0) {
    console.log("usage: npm run bank:merge-answers -- answers.json ...");
    return 2;
  }
  const answers = new Map<string, Answer>();
  for (const file of files) {
    for (const a of answersSchema.parse(JSON.parse(readFileSync(file, "utf8")))) {
      answers.set(identity(a.text), a);
    }
  }
  let merged = 0;
  for (const name of readdirSync(BANK_DIR).filter((f) => f.endsWith(".json"))) {
    const filePath = path.join(BANK_DIR, name);
    const data = JSON.parse(readFileSync(filePath, "utf8")) as RoleFile;
    let changed = false;
    data.questions = data.questions.map((q) => {
      const a = answers.get(identity(String(q.text)));
      if (!a) return q;
      answers.delete(identity(String(q.text)));
      changed = true;
      merged++;
      return { ...q, modelAnswer: a.modelAnswer, modelAnswerCovers: a.modelAnswerCovers };
    });
    if (changed) writeFileSync(filePath, `${JSON.stringify(data, null, 2)}\n`);
  }
  console.log(`merged ${merged} model answers`);
  for (const a of answers.values()) console.log(`no bank question has the text: ${a.text}`);
  return answers.size === 0 ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
