/**
 * The whole question bank (lib/questions/bank/data/*.json): every file against the schema, keys
 * unique, every role with every category × difficulty, no near-duplicates within or across roles,
 * model answers that say what they claim to cover. Then the loader and the near-duplicate rule on
 * files and questions made to break them.
 */
import fc from "fast-check";
import {
  NEAR_DUPLICATE,
  auditBank,
  featureExtractor,
  isNearDuplicate,
  lexicalSupport,
  COVER_SUPPORT,
  similarity,
} from "@/lib/questions/bank/audit";
import {
  BankValidationError,
  loadQuestionBank,
  type QuestionBank,
} from "@/lib/questions/bank/load";
import { roleSlug } from "@/lib/questions/bank/role-slug";
import { canonicalRole, matchBankRoles } from "@/lib/questions/role-match";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";
import { fixtureQuestion, fullRole, roleFile, writeBankDir } from "../helpers/bank-fixtures";

const bank: QuestionBank = loadQuestionBank();
const audit = auditBank(bank);
const textOf = new Map(bank.questions.map((q) => [q.key, q.text]));

describe("the bank's files", () => {
  it("all pass the schema (the loader throws on any problem) and hold the original eight roles", () => {
    expect(bank.roles).toEqual(
      expect.arrayContaining([
        "Software Engineer",
        "Frontend Engineer",
        "Backend Engineer",
        "Data Scientist",
        "DevOps / SRE",
        "Product Manager",
        "QA Engineer",
        "Engineering Manager",
      ]),
    );
    expect(bank.questions.length).toBeGreaterThanOrEqual(bank.roles.length * 60);
  });

  it("have keys unique across the bank, each prefixed with its role's slug", () => {
    const keys = bank.questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of bank.questions) expect(q.key.startsWith(`${roleSlug(q.role)}/`)).toBe(true);
  });

  it("give every role every category × difficulty", () => {
    expect(audit.emptyCells).toEqual([]);
  });

  it("hold no near-duplicate questions, within or across roles", () => {
    const described = audit.nearDuplicates.map(
      (p) =>
        `text ${p.text.toFixed(2)} content ${p.content.toFixed(2)}: ${p.a} "${textOf.get(p.a)}" ~ ${p.b} "${textOf.get(p.b)}"`,
    );
    expect(described).toEqual([]);
  });

  it("have model answers that say something about every point they claim to cover", () => {
    expect(audit.unsupportedCovers).toEqual([]);
  });

  it("tag skills with canonical lowercase names", () => {
    for (const q of bank.questions) {
      for (const tag of q.skills) expect(tag).toMatch(/^[a-z0-9][a-z0-9 +#./&'-]*$/);
      expect(new Set(q.skills).size).toBe(q.skills.length);
    }
  });
});

describe("loading a bank folder", () => {
  const load = (files: Record<string, unknown>): QuestionBank => {
    const { dir, remove } = writeBankDir(files);
    try {
      return loadQuestionBank(dir);
    } finally {
      remove();
    }
  };
  const problemsOf = (files: Record<string, unknown>): string[] => {
    try {
      load(files);
    } catch (error) {
      if (error instanceof BankValidationError) return error.problems;
      throw error;
    }
    throw new Error("the bank loaded");
  };
  const base = fullRole("Backend Engineer");

  it("adds a role when a file is dropped in: the role list, canonical spelling and title matching follow", () => {
    const loaded = load({
      "backend-engineer.json": roleFile("Backend Engineer", base),
      "robotics-engineer.json": roleFile("Robotics Engineer", fullRole("Robotics Engineer")),
    });
    expect(loaded.roles).toEqual(["Backend Engineer", "Robotics Engineer"]);
    expect(loaded.questions.filter((q) => q.role === "Robotics Engineer")).toHaveLength(20);
    expect(canonicalRole("  robotics   ENGINEER ", loaded.roles)).toBe("Robotics Engineer");
    expect(matchBankRoles("Senior Robotics Engineer", loaded.roles).primary).toEqual([
      "Robotics Engineer",
    ]);
    // Without the file the title is a custom one, kept as typed.
    expect(canonicalRole("robotics engineer", ["Backend Engineer"])).toBe("robotics engineer");
  });

  it("accepts model answers and canonicalises skill aliases", () => {
    const answer = Array.from({ length: 100 }, (_, i) => `word${i}`).join(" ");
    const [first, ...rest] = base;
    const loaded = load({
      "backend-engineer.json": roleFile("Backend Engineer", [
        {
          ...first!,
          skills: ["k8s", "postgres", "kubernetes"],
          modelAnswer: answer,
          modelAnswerCovers: [2, 0],
        },
        ...rest,
      ]),
    });
    const q = loaded.questions[0]!;
    expect(q.skills).toEqual(["kubernetes", "postgresql"]);
    expect(q.modelAnswerCovers).toEqual([0, 2]);
  });

  it.each([
    ["a key of another role", { key: "frontend-engineer/x" }, /start with "backend-engineer\/"/],
    ["a key that is not kebab-case", { key: "backend-engineer/Bad Key" }, /kebab-case/],
    [
      "two points",
      { points: ["A claim that is long enough", "Another claim long enough"] },
      /At least 3/,
    ],
    [
      "seven points",
      { points: Array.from({ length: 7 }, (_, i) => `Expected claim number ${i}`) },
      /At most 6/,
    ],
    [
      "a point of a few letters",
      { points: ["Use a stack", "A second claim that is fine", "A third claim that is fine"] },
      /15–300/,
    ],
    ["a 100 s limit", { timeLimitSeconds: 100 }, /at least 120/],
    ["a 9-character text", { text: "Too short" }, /10–500/],
    ["an unknown category", { category: "Trivia" }, /category/],
    ["no skills", { skills: [] }, /At least 1 skill/],
    ["an uppercase skill", { skills: ["React"] }, /lowercase/],
    ["a model answer without covers", { modelAnswer: "word ".repeat(100) }, /come together/],
    ["covers without a model answer", { modelAnswerCovers: [0] }, /come together/],
    [
      "a 20-word model answer",
      { modelAnswer: "word ".repeat(20), modelAnswerCovers: [0] },
      /90–280 words/,
    ],
    [
      "a cover index past the points",
      { modelAnswer: "word ".repeat(100), modelAnswerCovers: [3] },
      /Point 3 does not exist/,
    ],
    ["an unknown field", { modelanswer: "typo" }, /Unrecognized key/i],
  ])("reports %s with the file and the field", (_label, change, message) => {
    const [first, ...rest] = base;
    const problems = problemsOf({
      "backend-engineer.json": roleFile("Backend Engineer", [
        { ...first!, ...change } as never,
        ...rest,
      ]),
    });
    expect(
      problems.some((p) => p.startsWith("backend-engineer.json: questions.0") && message.test(p)),
    ).toBe(true);
  });

  it("reports repeated keys and texts, misnamed files, broken JSON, and every problem at once", () => {
    const [first, second, ...rest] = base;
    const problems = problemsOf({
      "backend-engineer.json": roleFile("Backend Engineer", [
        first!,
        { ...second!, key: first!.key, text: ` ${first!.text.toUpperCase()} ` },
        ...rest,
      ]),
      "frontend.json": roleFile("Frontend Engineer", fullRole("Frontend Engineer")),
      "broken.json": "{ not json",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^backend-engineer\.json: questions\.1\.key: Key .* is used twice/),
        expect.stringMatching(/^backend-engineer\.json: questions\.1\.text: Same text as/),
        expect.stringMatching(/^frontend\.json: .*named frontend-engineer\.json/),
        expect.stringMatching(/^broken\.json: not valid JSON/),
      ]),
    );
  });

  it("reports an empty folder", () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/no role files/)]);
  });

  it("finds the cell a role lacks", () => {
    const loaded = load({
      "backend-engineer.json": roleFile(
        "Backend Engineer",
        base.filter((q) => !(q.category === "Coding" && q.difficulty === "Expert")),
      ),
    });
    expect(auditBank(loaded).emptyCells).toEqual(["Backend Engineer: Coding/Expert"]);
    expect(CATEGORIES.length * DIFFICULTIES.length).toBe(20);
  });
});

describe("the near-duplicate rule", () => {
  const features = featureExtractor(bank.questions);
  const question = fc.constantFrom(...bank.questions);

  // A copy a writer might make: clauses rotated, framing and case changed, at most one word
  // dropped, the points reordered and at most one of them dropped.
  const rewritten = fc
    .tuple(question, fc.nat(), fc.boolean(), fc.nat(), fc.boolean())
    .map(([q, dropAt, dropWord, shift, dropPoint]) => {
      const clauses = q.text.replace(/[?.]$/, "").split(/, | and /);
      const words = [...clauses.slice(1), clauses[0]!].join(" and ").split(" ");
      if (dropWord && words.length > 6) words.splice(dropAt % words.length, 1);
      const points = q.points.map((_, i) => q.points[(i + shift) % q.points.length]!);
      return {
        original: q,
        copy: {
          text: `Explain: ${words.join(" ").toUpperCase()}?`,
          points: dropPoint ? points.slice(1) : points,
        },
      };
    });

  it(`flags a lightly rewritten copy of any bank question (text ≥ ${NEAR_DUPLICATE.textJaccard} or content ≥ ${NEAR_DUPLICATE.contentCosine})`, () => {
    fc.assert(
      fc.property(rewritten, ({ original, copy }) => {
        expect(isNearDuplicate(similarity(features(original), features(copy)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("does not flag a question against a different question of the same role and category", () => {
    fc.assert(
      fc.property(question, fc.nat(), (q, n) => {
        const others = bank.questions.filter(
          (o) => o.role === q.role && o.category === q.category && o.key !== q.key,
        );
        const other = others[n % others.length]!;
        expect(isNearDuplicate(similarity(features(q), features(other)))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe("model answer support", () => {
  const q = fixtureQuestion("Backend Engineer", 1, {
    category: "Technical",
    points: [
      "An index is a B-tree that finds rows without scanning the whole table",
      "Every insert, update and delete must also maintain the index, slowing writes",
      "A composite index is used from its leftmost columns, so column order matters",
    ],
  });
  const answer =
    "An index is usually a B-tree kept beside the table: the database walks it to find the rows " +
    "it needs instead of scanning every page. The price is paid on writes, because each insert, " +
    "update or delete has to maintain every index on the table as well.";

  it("finds the points the answer states and not the one it leaves out", () => {
    expect(lexicalSupport(q.points[0]!, answer)).toBeGreaterThanOrEqual(COVER_SUPPORT.point);
    expect(lexicalSupport(q.points[1]!, answer)).toBeGreaterThanOrEqual(COVER_SUPPORT.point);
    expect(lexicalSupport(q.points[2]!, answer)).toBeLessThan(COVER_SUPPORT.point);
  });

  it("reports a claimed cover the answer does not support", () => {
    const claimed = { ...q, modelAnswer: answer, modelAnswerCovers: [0, 1, 2] };
    const result = auditBank({ roles: ["Backend Engineer"], questions: [claimed] });
    expect(result.unsupportedCovers).toEqual([
      { key: q.key, point: 2, support: expect.any(Number) as number },
    ]);
  });

  it("checks a behavioural answer as a whole: a story about something else is reported", () => {
    const story = fixtureQuestion("Backend Engineer", 2, {
      category: "Behavioral",
      points: [
        "Describes the outage and the customers it affected",
        "Explains how they coordinated the response across teams",
        "States the outcome, such as the time to recovery",
      ],
    });
    const audit = (modelAnswer: string) =>
      auditBank({
        roles: ["Backend Engineer"],
        questions: [{ ...story, modelAnswer, modelAnswerCovers: [0, 1, 2] }],
      }).unsupportedCovers;
    const onTopic =
      "Our payments API went down for forty minutes on a Friday and about two thousand customers " +
      "could not check out. I opened an incident channel, coordinated the database and platform " +
      "teams, and we restored service by failing over; recovery took forty minutes in total.";
    expect(audit(onTopic)).toEqual([]);
    expect(audit(answer)).toEqual([
      { key: story.key, point: null, support: expect.any(Number) as number },
    ]);
  });
});
