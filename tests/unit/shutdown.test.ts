import { spawn } from "node:child_process";
import path from "node:path";
import { deploymentProblems, env, resetEnvForTests } from "@/lib/env";
import { InProcessQueue } from "@/lib/jobs/in-process-queue";
import { drainQueue } from "@/lib/lifecycle/shutdown";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("drainQueue", () => {
  it("waits for running and queued jobs, and refuses new ones", async () => {
    const queue = new InProcessQueue(1);
    const gate = deferred();
    const done: string[] = [];
    queue.enqueue("a", async () => {
      await gate.promise;
      done.push("a");
    });
    queue.enqueue("b", () => {
      done.push("b");
      return Promise.resolve();
    });
    const drained = drainQueue(queue, 60_000);
    expect(queue.enqueue("late", () => Promise.resolve())).toBe(false);
    gate.resolve();
    await expect(drained).resolves.toBe("drained");
    expect(done).toEqual(["a", "b"]);
  });

  it("gives up after the timeout and says so", async () => {
    const queue = new InProcessQueue(1);
    queue.enqueue("stuck", () => new Promise<void>(() => undefined));
    await expect(drainQueue(queue, 20)).resolves.toBe("timeout");
  });
});

describe("deploymentProblems", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvForTests();
  });

  function problemsWith(vars: Record<string, string | undefined>): string[] {
    process.env = { ...saved, ...vars };
    resetEnvForTests();
    return deploymentProblems(env());
  }

  it("an embedded install needs nothing", () => {
    expect(problemsWith({ NODE_ENV: "production", DATABASE_URL: "", VERCEL: "" })).toEqual([]);
  });

  it("Vercel needs DATABASE_URL and Inngest", () => {
    const problems = problemsWith({
      VERCEL: "1",
      DATABASE_URL: "",
      NODE_ENV: "production",
      INNGEST_EVENT_KEY: "",
      INNGEST_DEV: "",
      INNGEST_BASE_URL: "",
    });
    expect(problems.join("\n")).toMatch(/DATABASE_URL is required on Vercel/);
    expect(problems.join("\n")).toMatch(/Inngest is required on Vercel/);
  });

  it("a shared PostgreSQL in production needs shared secrets", () => {
    const problems = problemsWith({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://db.example/app",
      AUTH_SECRET: "",
      NEXTAUTH_SECRET: "",
      ENCRYPTION_KEYS: "",
    });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/AUTH_SECRET is required/);
    expect(problems.join("\n")).toMatch(/ENCRYPTION_KEYS is required/);
    expect(
      problemsWith({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://db.example/app",
        AUTH_SECRET: "x".repeat(32),
        ENCRYPTION_KEYS: "k1:" + Buffer.alloc(32).toString("base64"),
      }),
    ).toEqual([]);
  });
});

describe("SIGTERM", () => {
  it("lets an in-flight background job finish before the process exits", async () => {
    const script = path.join(__dirname, "../fixtures/shutdown-child.ts");
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: path.join(__dirname, "../.."),
      env: { ...process.env, DATA_DIR: "memory://", NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("job started") && !child.killed) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(out).toMatch(/job started[\s\S]*other listener exits[\s\S]*job finished/);
    expect(out).not.toMatch(/late job ran/);
    expect(code).toBe(143);
  }, 60_000);
});

describe("start-up", () => {
  it("a server missing a required setting exits at once and says what is missing", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(__dirname, "../fixtures/register-child.ts")],
      {
        cwd: path.join(__dirname, "../.."),
        env: {
          ...process.env,
          NEXT_RUNTIME: "nodejs",
          NODE_ENV: "production",
          DATABASE_URL: "postgresql://127.0.0.1:1/none",
          AUTH_SECRET: "",
          NEXTAUTH_SECRET: "",
          ENCRYPTION_KEYS: "",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/Cannot start:[\s\S]*AUTH_SECRET is required[\s\S]*ENCRYPTION_KEYS/);
  }, 60_000);
});
