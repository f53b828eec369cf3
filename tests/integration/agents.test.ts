/**
 * The three agents end to end through the API, in-process on the embedded database: offline
 * (the built-in provider: the fixed plan), with an LLM that calls the tools (a fake OpenAI-style
 * server speaking Groq's tool-calling API), and with a failing provider (fallback to the fixed
 * plan, spec property 19). Runs are durable functions of the job registry; their traces and
 * outputs are stored sealed in agent_executions.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { rmSync } from "node:fs";
import { runAgentExecution } from "@/lib/agents/executions";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { handleInProcess } from "@/lib/jobs/in-process-runner";
import { closeLiveBus } from "@/lib/live";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import { temporaryRoot } from "@/lib/resumes/storage/disk-store";
import { companyKey } from "@/lib/validations/community";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { api, call, newUser, upload } from "../helpers/api-client";
import { startFakeLlmServer, type FakeLlmServer } from "../helpers/fake-llm-server";
import { textPdf } from "../helpers/resume-files";
import { seedSession } from "../helpers/seed-history";

jest.setTimeout(240_000);

let fake: FakeLlmServer;
let toolServer: ToolCallingServer;

beforeAll(async () => {
  fake = await startFakeLlmServer();
  toolServer = await startToolCallingServer();
});
afterAll(async () => {
  await configureOffline();
  await inProcessQueue().onIdle();
  await fake.close();
  await toolServer.close();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
  rmSync(temporaryRoot(), { recursive: true, force: true });
});
afterEach(() => configureOffline());

const RESUME = [
  "Ana Kowalczyk",
  "Experience",
  "Senior Backend Engineer, Fintrail GmbH, Berlin",
  "Jan 2019 – Present",
  "• Led the migration of the payment ledger to PostgreSQL, cutting reconciliation time by 40%",
  "• Built event-driven settlement services in TypeScript and Node.js with RabbitMQ",
  "• Partnered with compliance stakeholders to redesign the audit trail for regulators",
  "Backend Engineer, Shopwise, Warsaw",
  "Mar 2015 – Dec 2018",
  "• Designed a Python order API serving 2 million requests a day",
  "Skills",
  "TypeScript, Node.js, PostgreSQL, RabbitMQ, Python, Docker",
];

const JOB = `Senior Backend Engineer
Requirements
• 5+ years building backend services
• TypeScript and Node.js
• PostgreSQL and Kafka in production
• Kubernetes and AWS
Nice to have
• Terraform`;

async function setup() {
  const user = await newUser();
  const res = await upload(
    "/api/v1/resumes",
    { name: "cv.pdf", bytes: await textPdf(RESUME) },
    user.token,
  );
  await inProcessQueue().onIdle();
  const job = await api.post("/api/v1/job-descriptions", { text: JOB }, user.token);
  return {
    user,
    resumeId: res.body.data.resume_id as number,
    jobId: job.body.data.job_description_id as number,
  };
}

async function finished(token: string, executionId: number) {
  await inProcessQueue().onIdle();
  const res = await api.get(`/api/v1/agents/executions/${executionId}`, token);
  expect(res.status).toBe(200);
  return res.body.data;
}

type Step = { kind: string; by: string; tool: string | null; error: string | null };
const toolSteps = (steps: Step[]) => steps.filter((s) => s.kind === "tool");

describe("resume analysis agent", () => {
  it("offline: the fixed plan's five tools give inventory, progression, gaps and a roadmap; stored sealed; cached for the same target", async () => {
    const { user, resumeId, jobId } = await setup();
    const queued = await api.post(
      `/api/v1/resumes/${resumeId}/analyze`,
      { job_description_id: jobId },
      user.token,
    );
    expect(queued.status).toBe(202);
    expect(queued.body.data).toMatchObject({ status: "queued", agent_type: "resume_analysis" });
    const run = await finished(user.token, queued.body.data.execution_id);
    expect(run).toMatchObject({ status: "completed", provider: "builtin", success: true });
    expect(toolSteps(run.steps).map((s: Step) => [s.tool, s.by])).toEqual([
      ["resume_parser", "fixed_plan"],
      ["skill_extractor", "fixed_plan"],
      ["experience_analyzer", "fixed_plan"],
      ["skill_gap", "fixed_plan"],
      ["roadmap_generator", "fixed_plan"],
    ]);
    const out = run.output;
    expect(out.target).toEqual({
      kind: "job",
      label: "Senior Backend Engineer",
      job_description_id: jobId,
    });
    const inventory = out.inventory.categories.flatMap((c: { skills: { id: string }[] }) =>
      c.skills.map((s) => s.id),
    );
    expect(inventory).toEqual(expect.arrayContaining(["typescript", "postgresql", "rabbitmq"]));
    expect(out.experience.total_years).toBeGreaterThan(8);
    expect(out.experience.timeline).toHaveLength(2);
    expect(out.gaps.missing.map((m: { id: string }) => m.id)).toContain("aws");
    expect(out.gaps.transferable.map((m: { id: string }) => m.id)).toContain("kafka");
    // The chart accounts for every skill the job asks for, once.
    const charted = out.gaps.chart.reduce(
      (n: number, r: { covered: number; transferable: number; missing: number }) =>
        n + r.covered + r.transferable + r.missing,
      0,
    );
    expect(charted).toBe(
      out.gaps.covered.length + out.gaps.transferable.length + out.gaps.missing.length,
    );
    expect(out.roadmap.map((p: { days: string }) => p.days)).toEqual(["30", "60", "90"]);
    // Kafka is bridged from RabbitMQ in the first month; AWS is learnt in the second.
    expect(out.roadmap[0].focus.map((f: { id: string }) => f.id)).toContain("kafka");
    expect(out.roadmap[1].focus.map((f: { id: string }) => f.id)).toContain("aws");
    expect(out.summary.join(" ")).toContain("Senior Backend Engineer");

    // Sealed at rest: the resume's lines are not in the row.
    const row = await db.agentExecution.findUniqueOrThrow({ where: { id: run.execution_id } });
    expect(JSON.stringify(row.output)).not.toContain("Fintrail");
    expect(JSON.stringify(row.reasoningSteps)).not.toContain("PostgreSQL");
    expect(row.resumeId).toBe(resumeId);

    // Same target within 30 days: served at once; refresh runs again.
    const again = await api.post(
      `/api/v1/resumes/${resumeId}/analyze`,
      { job_description_id: jobId },
      user.token,
    );
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ cached: true, execution_id: run.execution_id });
    const fresh = await api.post(
      `/api/v1/resumes/${resumeId}/analyze`,
      { job_description_id: jobId, refresh: true },
      user.token,
    );
    expect(fresh.status).toBe(202);
    await inProcessQueue().onIdle();

    // Against a role instead: the role's bank says what it asks for.
    const role = await api.post(
      `/api/v1/resumes/${resumeId}/analyze`,
      { target_role: "DevOps / SRE" },
      user.token,
    );
    const roleRun = await finished(user.token, role.body.data.execution_id);
    expect(roleRun.output.target).toMatchObject({ kind: "role", label: "DevOps / SRE" });
    const notCovered = [...roleRun.output.gaps.missing, ...roleRun.output.gaps.transferable].map(
      (m: { id: string }) => m.id,
    );
    expect(notCovered).toContain("kubernetes");
  });

  it("refuses bad requests with clear errors", async () => {
    const { user, resumeId } = await setup();
    const other = await newUser();
    expect((await api.post(`/api/v1/resumes/${resumeId}/analyze`, {}, other.token)).status).toBe(
      404,
    );
    const bad = await api.post(
      `/api/v1/resumes/${resumeId}/analyze`,
      { job_description_id: "abc", target_role: "x" },
      user.token,
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.details)).toEqual(
      expect.arrayContaining(["job_description_id", "target_role"]),
    );
    expect(
      (
        await api.post(
          `/api/v1/resumes/${resumeId}/analyze`,
          { job_description_id: 999999 },
          user.token,
        )
      ).status,
    ).toBe(404);
    expect((await api.get(`/api/v1/resumes/${resumeId}/analyze`, user.token)).status).toBe(405);
    expect((await api.post("/api/v1/agents/company-coaching", {}, user.token)).status).toBe(422);
    expect((await api.del("/api/v1/agents/executions", user.token)).status).toBe(405);
  });
});

describe("study plan agent", () => {
  it("plans from weak categories, gaps, review items and recent scores; ticks persist; adapts after a session", async () => {
    const { user } = await setup();
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    await seedSession(user.id, {
      endTime: day(3),
      questions: [
        { category: "System_Design", score: 40 },
        { category: "System_Design", score: 50 },
        { category: "Technical", score: 85 },
        { category: "Behavioral", score: 62 },
      ],
    });
    await seedSession(user.id, {
      endTime: day(1),
      questions: [
        { category: "System_Design", score: 55 },
        { category: "Technical", score: 90 },
      ],
    });
    const reviewed = await db.question.findFirstOrThrow({
      where: { category: "Coding", source: "bank" },
    });
    await db.reviewItem.create({
      data: { userId: user.id, questionId: reviewed.id, step: 0, dueAt: day(1), lastScore: 35 },
    });

    expect((await api.get("/api/v1/agents/study-plan", user.token)).status).toBe(404);
    const bad = await api.post("/api/v1/agents/study-plan", { days: 90 }, user.token);
    expect(bad.status).toBe(422);
    const queued = await api.post(
      "/api/v1/agents/study-plan",
      { days: 7, minutes_per_day: 45, target_role: "Backend Engineer" },
      user.token,
    );
    expect(queued.status).toBe(202);
    const run = await finished(user.token, queued.body.data.execution_id);
    expect(run.status).toBe("completed");
    expect(toolSteps(run.steps)).toHaveLength(5);

    const plan = (await api.get("/api/v1/agents/study-plan", user.token)).body.data;
    expect(plan.days).toHaveLength(7);
    expect(plan.focus.weak_categories[0]).toMatchObject({ category: "System_Design" });
    expect(plan.focus.recent_scores).toHaveLength(2);
    const tasks = plan.days.flatMap((d: { tasks: unknown[] }) => d.tasks);
    // The overdue review is first on day 1.
    expect(plan.days[0].tasks[0]).toMatchObject({ kind: "review", question_id: reviewed.id });
    expect(
      tasks.some(
        (t: { kind: string; category: string }) =>
          t.kind === "practice" && t.category === "System_Design",
      ),
    ).toBe(true);
    // Gaps come from the primary resume against the role (Kafka, Kubernetes…): learning tasks.
    expect(tasks.some((t: { kind: string }) => t.kind === "learn")).toBe(true);
    expect(tasks.some((t: { kind: string }) => t.kind === "mock")).toBe(true);
    for (const d of plan.days) {
      expect(d.minutes).toBeLessThanOrEqual(
        Math.max(45, ...d.tasks.map((t: { minutes: number }) => t.minutes)),
      );
    }

    // Ticking and unticking persist.
    const taskId = plan.days[0].tasks[0].id as string;
    const ticked = await call("PATCH", `/api/v1/agents/study-plan/tasks/${taskId}`, {
      body: { done: true },
      token: user.token,
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.data).toMatchObject({ task_id: taskId, done: true, progress: { done: 1 } });
    const second = plan.days[1].tasks[0].id as string;
    await call("PATCH", `/api/v1/agents/study-plan/tasks/${second}`, {
      body: { done: true },
      token: user.token,
    });
    await call("PATCH", `/api/v1/agents/study-plan/tasks/${second}`, {
      body: { done: false },
      token: user.token,
    });
    const after = (await api.get("/api/v1/agents/study-plan", user.token)).body.data;
    expect(after.progress.done).toBe(1);
    expect(after.days[0].tasks[0].done).toBe(true);
    expect(after.days[1].tasks[0].done).toBe(false);
    expect(
      (
        await call("PATCH", "/api/v1/agents/study-plan/tasks/no-such-task", {
          body: { done: true },
          token: user.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call("PATCH", `/api/v1/agents/study-plan/tasks/${taskId}`, {
          body: { done: "yes" },
          token: user.token,
        })
      ).status,
    ).toBe(422);

    // A new session: finalisation (the registry's handler) queues a re-plan that sees its scores.
    const sessionId = await seedSession(user.id, {
      endTime: new Date(),
      questions: [
        { category: "System_Design", score: 95 },
        { category: "System_Design", score: 92 },
      ],
    });
    await handleInProcess("interview/session.completed", { session_id: sessionId });
    await handleInProcess("interview/session.completed", { session_id: sessionId });
    await inProcessQueue().onIdle();
    const runs = (await api.get("/api/v1/agents/executions?agent_type=study_plan", user.token)).body
      .data;
    const adapted = runs.filter((r: { trigger: string }) => r.trigger === "session_completed");
    expect(adapted).toHaveLength(1);
    const replanned = (await api.get("/api/v1/agents/study-plan", user.token)).body.data;
    expect(replanned.execution_id).toBe(adapted[0].execution_id);
    expect(replanned.focus.recent_scores).toHaveLength(3);
    expect(replanned.changes.join(" ")).toMatch(
      /System design moved from \d+ to \d+ after session/,
    );
    // The ticked review is still in the plan, and still ticked.
    const kept = replanned.days
      .flatMap((d: { tasks: { id: string; done: boolean }[] }) => d.tasks)
      .find((t: { id: string }) => t.id === taskId);
    expect(kept?.done).toBe(true);
  });
});

describe("company coaching agent", () => {
  it("reads the company's community questions, coaches the user's own STAR answers and builds a story bank from the resume", async () => {
    const { user } = await setup();
    const company = `Acme ${Date.now()}`;
    const texts: [string, "Behavioral" | "System_Design"][] = [
      ["Tell me about a time you disagreed with your manager about a deadline.", "Behavioral"],
      ["Describe a project you led where the plan changed halfway.", "Behavioral"],
      ["Design a rate limiter for our public API using Redis.", "System_Design"],
    ];
    for (const [text, category] of texts) {
      const q = await db.question.create({
        data: {
          questionText: `${text} (${company})`,
          category,
          difficulty: "Medium",
          role: "Backend Engineer",
          expectedAnswerPoints: ["a", "b", "c"],
          timeLimitSeconds: 300,
          source: "community",
          fingerprint: questionFingerprint("Backend Engineer", `${text} ${company}`),
        },
      });
      await db.communityQuestion.create({
        data: {
          userId: user.id,
          companyName: company,
          companyKey: companyKey(company),
          role: "Backend Engineer",
          category,
          questionText: q.questionText,
          status: "approved",
          questionId: q.id,
        },
      });
    }
    // A behavioural answer of the user's, with a STAR breakdown lacking the result.
    const sessionId = await seedSession(user.id, {
      endTime: new Date(),
      questions: [{ category: "Behavioral", score: 55 }],
    });
    const answer = await db.answer.findFirstOrThrow({ where: { sessionId } });
    await db.evaluation.update({
      where: { answerId: answer.id },
      data: {
        star: {
          situation: "Our checkout kept failing during a sale.",
          task: "I had to find the cause.",
          action: "We rolled back and we added alerts.",
          result: null,
        },
      },
    });

    const queued = await api.post("/api/v1/agents/company-coaching", { company }, user.token);
    expect(queued.status).toBe(202);
    const run = await finished(user.token, queued.body.data.execution_id);
    expect(run.status).toBe("completed");
    const out = run.output;
    expect(out.source).toMatchObject({ kind: "community", questions: 3 });
    expect(out.patterns.categories[0]).toMatchObject({ category: "Behavioral", share: 0.67 });
    expect(out.patterns.insights.join(" ")).toContain("Behavioral questions make up 67%");
    const coached = out.star_coaching.find((c: { answer_id: number }) => c.answer_id === answer.id);
    expect(coached.missing).toEqual(["result"]);
    expect(coached.advice.join(" ")).toContain('"we" 2 time(s)');
    // Stories come from the resume's own lines.
    const themes = Object.fromEntries(
      out.story_bank.map((s: { theme: string; evidence: string }) => [s.theme, s.evidence]),
    );
    expect(themes.Leadership ?? themes.Impact).toContain("reconciliation time by 40%");
    expect(Object.values(themes).join(" ")).toContain("compliance stakeholders");

    // No community reports: the role's bank.
    const bank = await api.post(
      "/api/v1/agents/company-coaching",
      { company: "Nobody Reports Here Inc", role: "Data Scientist" },
      user.token,
    );
    const bankRun = await finished(user.token, bank.body.data.execution_id);
    expect(bankRun.output.source.kind).toBe("bank");
    expect(bankRun.output.source.questions).toBeGreaterThan(10);
    expect(bankRun.output.patterns.topics.length).toBeGreaterThan(0);
  });
});

describe("with LLM providers", () => {
  it("falls back to the fixed plan when the provider fails, and says so in the trace", async () => {
    const { user } = await setup();
    await configureProviders(fake, ["groq"]);
    fake.setMode("groq", "server_error");
    const queued = await api.post("/api/v1/agents/study-plan", { days: 5 }, user.token);
    const run = await finished(user.token, queued.body.data.execution_id);
    expect(run).toMatchObject({ status: "fallback", provider: "builtin", success: true });
    expect(run.error).toContain("groq: server_error");
    expect(run.steps.find((s: Step) => s.kind === "fallback")).toBeDefined();
    expect(toolSteps(run.steps).every((s: Step) => s.by === "fixed_plan")).toBe(true);
    expect(fake.callsTo("groq").length).toBeGreaterThan(0);
    const plan = (await api.get("/api/v1/agents/study-plan", user.token)).body.data;
    expect(plan.days).toHaveLength(5);
  });

  it("falls back when the provider is slower than the budget", async () => {
    const { user } = await setup();
    await configureProviders(fake, ["groq"]);
    fake.setMode("groq", "slow");
    fake.slowMs = 10_000;
    const row = await db.agentExecution.create({
      data: {
        userId: user.id,
        agentType: "company_coaching",
        input: { company: "Slowco", role: null },
        reasoningSteps: [],
        output: {},
      },
    });
    const outcome = await runAgentExecution(row.id, { budgetMs: 1_500 });
    expect(outcome).toMatchObject({ status: "fallback", provider: "builtin" });
    const stored = await db.agentExecution.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.errorMessage).toMatch(/budget|No provider answered/);
    // A repeated delivery of the same run does nothing.
    expect(await runAgentExecution(row.id)).toEqual({ execution_id: row.id, status: "skipped" });
  });

  it("lets the LLM call the tools (LangChain tool calling) and keeps its notes", async () => {
    const { user, resumeId } = await setup();
    await configureProviders(null, [], {
      GROQ_BASE_URL: toolServer.url,
      GROQ_API_KEY: "test-key",
    });
    toolServer.calls.length = 0;
    const queued = await api.post(
      `/api/v1/resumes/${resumeId}/analyze`,
      { target_role: "Backend Engineer" },
      user.token,
    );
    const run = await finished(user.token, queued.body.data.execution_id);
    expect(run).toMatchObject({ status: "completed", provider: "groq" });
    // The model called the tools in its own order (skill_gap first, then the roadmap with a
    // focus); the fixed plan filled in the ones it skipped.
    const tools = toolSteps(run.steps).map((s: Step) => [s.tool ?? "", s.by]);
    expect(tools.slice(0, 2)).toEqual([
      ["skill_gap", "llm"],
      ["roadmap_generator", "llm"],
    ]);
    expect(tools.filter(([, by]) => by === "fixed_plan").map(([t]) => t)).toEqual([
      "resume_parser",
      "skill_extractor",
      "experience_analyzer",
    ]);
    expect(run.notes).toBe(toolServer.finalText);
    // The tools' outputs went back to the model as tool messages.
    const last = toolServer.calls[toolServer.calls.length - 1]!;
    expect(last.toolMessages).toBe(2);
    expect(last.tools).toEqual(
      expect.arrayContaining(["resume_parser", "skill_gap", "roadmap_generator"]),
    );
  });
});

interface ToolCallingServer {
  url: string;
  finalText: string;
  calls: { tools: string[]; toolMessages: number }[];
  close(): Promise<void>;
}

/**
 * An OpenAI-style chat completions endpoint (Groq's path) that drives tool calling: first it asks
 * for skill_gap, then for roadmap_generator with a focus taken from the gap's output, then it
 * answers in text.
 */
async function startToolCallingServer(): Promise<ToolCallingServer> {
  const finalText = "Start with Kafka: you already know RabbitMQ.";
  const calls: ToolCallingServer["calls"] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        messages: { role: string; content: unknown }[];
        tools?: { function: { name: string } }[];
        model?: string;
      };
      const toolMessages = body.messages.filter((m) => m.role === "tool");
      calls.push({
        tools: (body.tools ?? []).map((t) => t.function.name),
        toolMessages: toolMessages.length,
      });
      let message: Record<string, unknown>;
      if (toolMessages.length === 0) {
        message = {
          role: "assistant",
          content: "",
          tool_calls: [
            { id: "call_1", type: "function", function: { name: "skill_gap", arguments: "{}" } },
          ],
        };
      } else if (toolMessages.length === 1) {
        const gap = JSON.parse(String(toolMessages[0]!.content)) as {
          report: { transferable: { id: string }[] };
        };
        message = {
          role: "assistant",
          content: "",
          tool_calls: [
            {
              id: "call_2",
              type: "function",
              function: {
                name: "roadmap_generator",
                arguments: JSON.stringify({
                  focus_skills: gap.report.transferable.slice(0, 1).map((t) => t.id),
                }),
              },
            },
          ],
        };
      } else {
        message = { role: "assistant", content: finalText };
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${calls.length}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: body.model ?? "fake",
          choices: [
            {
              index: 0,
              message,
              finish_reason: message.tool_calls ? "tool_calls" : "stop",
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    finalText,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
