// npm run bank:check [-- new-role.json ...] — checks the question bank (lib/questions/bank/data)
// together with any role files given (a file named like a bank file replaces it): the schema,
// every category × difficulty per role, near-duplicates within and across roles, and model
// answers against the points they claim. Prints the counts; exits 1 on any problem.
import { auditBank } from "@/lib/questions/bank/audit";
import { BANK_DIR, BankValidationError, loadQuestionBank } from "@/lib/questions/bank/load";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";

function main(): number {
  let bank;
  try {
    bank = loadQuestionBank(BANK_DIR, process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BankValidationError)) throw error;
    console.log(error.message);
    return 1;
  }
  console.log(`role${" ".repeat(24)}questions  answers  per cell (min–max)`);
  for (const role of bank.roles) {
    const own = bank.questions.filter((q) => q.role === role);
    const cells = CATEGORIES.flatMap((c) =>
      DIFFICULTIES.map((d) => own.filter((q) => q.category === c && q.difficulty === d).length),
    );
    const answered = own.filter((q) => q.modelAnswer !== undefined).length;
    console.log(
      `${role.padEnd(28)}${String(own.length).padStart(9)}${String(answered).padStart(9)}  ` +
        `${Math.min(...cells)}–${Math.max(...cells)}`,
    );
  }
  console.log(`total${" ".repeat(23)}${String(bank.questions.length).padStart(9)}`);

  const text = new Map(bank.questions.map((q) => [q.key, q.text]));
  const audit = auditBank(bank);
  for (const cell of audit.emptyCells) console.log(`empty cell: ${cell}`);
  for (const p of audit.nearDuplicates) {
    console.log(
      `near-duplicate (text ${p.text.toFixed(2)}, content ${p.content.toFixed(2)}):\n` +
        `  ${p.a}: ${text.get(p.a)}\n  ${p.b}: ${text.get(p.b)}`,
    );
  }
  for (const c of audit.unsupportedCovers) {
    const what = c.point === null ? "its points" : `point ${c.point}`;
    console.log(`model answer of ${c.key} says little about ${what} (${c.support.toFixed(2)})`);
  }
  const problems =
    audit.emptyCells.length + audit.nearDuplicates.length + audit.unsupportedCovers.length;
  console.log(problems === 0 ? "bank ok" : `${problems} problems`);
  return problems === 0 ? 0 : 1;
}

process.exit(main());
