/**
 * Question generation: L1 cache → database → provider → built-in bank. Generated questions are
 * stored once (source 'ai', fingerprint), session creation never waits on providers beyond its
 * budget, and with every provider failing a whole session still completes.
 */
import { cache, closeCache } from "@/lib/cache";
import { peekLayerCounts } from "@/lib/cache/layers";
import { questionsKey } from "@/lib/cache/keys";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { storeQuestions } from "@/lib/questions/store-questions";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { api, newUser } from "../helpers/api-client";
import { startFakeLlmServer, type FakeLlmServer } from "../helpers/fake-llm-server";

let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterEach(() => inProcessQueue().onIdle());
afterAll(async () => {
  await configureOffline();
  await fake.close();
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const l1 = () => ({ ...(peekLayerCounts().get("L1_Questions") ?? { hits: 0, misses: 0 }) });

async function createSession(token: string, body: Record<string, unknown>) {
  const res = await api.post("/api/v1/interviews", body, token);
  expect(res.status).toBe(201);
  const questions = await db.sessionQuestion.findMany({
    where: { sessionId: res.body.data.session_id },
    include: { question: true },
    orderBy: { displayOrder: "asc" },
  });
  return {
    id: res.body.data.session_id as number,
    questions: questions.map((q) => q.question),
  };
}

describe("question generation", () => {
  it("asks the provider for what the pool lacks and stores it once, as source 'ai'", async () => {
    await configureProviders(fake, ["groq"]);
    const user = await newUser();
    const request = {
      role: "Rust Embedded Engineer",
      difficulty: "Hard",
      question_count: 4,
      categories: ["Technical", "Coding"],
    };
    const session = await createSession(user.token, request);
    expect(fake.callsTo("groq", "generate_questions").length).toBeGreaterThanOrEqual(1);
    // As many as fit the 2.5 s budget (3); the rest of the session comes from the database.
    const generated = session.questions.filter((q) => q.source === "ai");
    expect(session.questions).toHaveLength(4);
    expect(generated.length).toBe(3);
    for (const q of generated) {
      expect(q.role).toBe("Rust Embedded Engineer");
      expect(q.difficulty).toBe("Hard");
      expect(["Technical", "Coding"]).toContain(q.category);
      expect(q.questionText.length).toBeGreaterThanOrEqual(10);
      expect(q.timeLimitSeconds).toBeGreaterThanOrEqual(120);
      expect(q.timeLimitSeconds).toBeLessThanOrEqual(600);
    }
    // Property 6: the pool is cached under the spec's key, and holds the new questions.
    const key = questionsKey("Rust Embedded Engineer", "Hard", 4, ["Technical", "Coding"]);
    expect(key).toMatch(/^questions:Rust Embedded Engineer:Hard:4:[0-9a-f]{8}$/);
    const pool = JSON.parse((await cache().get(key))!) as Array<{ id: number }>;
    for (const q of generated) expect(pool.map((p) => p.id)).toContain(q.id);
  });

  it("serves the next user from the cached pool without asking the provider again", async () => {
    await configureProviders(fake, ["groq"]);
    const request = {
      role: "Quantum Computing Researcher",
      difficulty: "Medium",
      question_count: 3,
      categories: ["Technical"],
    };
    await createSession((await newUser()).token, request);
    await inProcessQueue().onIdle(); // a background refill may top the pool up
    const calls = fake.callsTo("groq", "generate_questions").length;
    const before = l1();
    const second = await createSession((await newUser()).token, request);
    expect(l1().hits).toBe(before.hits + 1);
    expect(fake.callsTo("groq", "generate_questions")).toHaveLength(calls);
    expect(
      second.questions.every((q) => q.role === "Quantum Computing Researcher" && q.source === "ai"),
    ).toBe(true);
  });

  it("falls back to the next provider, then to the database, on bad question output", async () => {
    await configureProviders(fake, ["groq", "gemini"]);
    fake.setMode("groq", "wrong_shape");
    const s1 = await createSession((await newUser()).token, {
      role: "Compiler Engineer",
      difficulty: "Expert",
      question_count: 2,
      categories: ["Technical"],
    });
    expect(fake.callsTo("gemini", "generate_questions").length).toBeGreaterThanOrEqual(1);
    expect(s1.questions.some((q) => q.source === "ai")).toBe(true);

    fake.setMode("gemini", "broken_json");
    const s2 = await createSession((await newUser()).token, {
      role: "Firmware Engineer",
      difficulty: "Easy",
      question_count: 3,
      categories: ["Behavioral"],
    });
    expect(s2.questions).toHaveLength(3);
    expect(s2.questions.every((q) => q.source === "bank")).toBe(true);
  });

  it("never makes session creation wait on a slow provider beyond its budget", async () => {
    // The first call would take ten minutes: were creation to wait for it, the test would time out.
    await configureProviders(fake, ["groq"], { AI_QUESTION_BUDGET_MS: "800" });
    fake.slowMs = 10 * 60_000;
    fake.queue("groq", ["slow"]);
    const session = await createSession((await newUser()).token, {
      role: "Kernel Engineer",
      difficulty: "Hard",
      question_count: 5,
      categories: ["Technical"],
    });
    expect(session.questions).toHaveLength(5);
    expect(fake.callsTo("groq", "generate_questions")[0]?.mode).toBe("slow");
    // The pool is refilled in the background with the time evaluations get.
    await inProcessQueue().onIdle();
    const generated = await db.question.count({ where: { role: "Kernel Engineer", source: "ai" } });
    expect(generated).toBeGreaterThan(0);
  });

  it("deduplicates generated questions by fingerprint", async () => {
    const draft = {
      questionText: "How would you debounce a noisy GPIO input in firmware?",
      category: "Technical" as const,
      difficulty: "Medium" as const,
      role: "Firmware Engineer",
      expectedAnswerPoints: [
        "Sample over time",
        "Use a timer or counter",
        "Consider hardware filtering",
      ],
      timeLimitSeconds: 300,
    };
    const first = await storeQuestions([draft], "ai");
    const second = await storeQuestions(
      [{ ...draft, questionText: `  ${draft.questionText.toUpperCase()} ` }, draft],
      "ai",
    );
    expect(second.map((q) => q.id)).toEqual([first[0]!.id]);
  });

  it("invalidates the old role's cached pools when a user changes target role", async () => {
    await configureOffline();
    const user = await newUser();
    await api.put("/api/v1/users/me", { target_role: "Data Scientist" }, user.token);
    await api.get("/api/v1/users/me", user.token); // the profile (and its role) is cached in L4
    await createSession(user.token, {
      role: "Data Scientist",
      difficulty: "Easy",
      question_count: 5,
      categories: ["Technical"],
    });
    const key = questionsKey("Data Scientist", "Easy", 5, ["Technical"]);
    expect(await cache().get(key)).not.toBeNull();
    await api.put("/api/v1/users/me", { target_role: "Product Manager" }, user.token);
    expect(await cache().get(key)).toBeNull();
  });
});

describe("with every provider failing", () => {
  it("still creates a session, evaluates every answer and summarises it", async () => {
    await configureProviders(fake, ["groq", "gemini", "ollama", "huggingface"]);
    for (const p of ["groq", "gemini", "ollama", "huggingface"] as const)
      fake.setMode(p, "server_error");
    const user = await newUser();
    const created = await api.post(
      "/api/v1/interviews",
      {
        role: "Backend Engineer",
        difficulty: "Medium",
        question_count: 3,
        categories: ["Technical", "System_Design"],
      },
      user.token,
    );
    expect(created.status).toBe(201);
    const sessionId = created.body.data.session_id as number;
    let next = created.body.data.first_question;
    while (next) {
      const res = await api.post(
        `/api/v1/interviews/${sessionId}/answers`,
        {
          question_id: next.question_id,
          answer_text:
            "I would keep the service stateless, cache reads and use a queue for slow work.",
        },
        user.token,
      );
      expect(res.status).toBe(201);
      next = res.body.data.next_question;
    }
    await inProcessQueue().onIdle();
    const evaluations = await db.evaluation.findMany({ where: { answer: { sessionId } } });
    expect(evaluations).toHaveLength(3);
    expect(evaluations.every((e) => e.status === "completed" && e.provider === "builtin")).toBe(
      true,
    );
    const summary = await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token);
    expect(summary.body.data.complete).toBe(true);
    expect(fake.calls.length).toBeGreaterThan(0);
  });
});
