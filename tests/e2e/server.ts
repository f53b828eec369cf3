import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("app did not become healthy in time");
}

export interface SharedServices {
  databaseUrl: string;
  redisUrl: string;
}

/**
 * Starts the production build (`next start`) in a fresh data folder; `npm run build` must have run
 * before. On embedded defaults, as a new user would run it, unless `shared` names the PostgreSQL
 * and Redis that several instances share (then `extraEnv` carries their common secrets).
 */
export async function startApp(
  extraEnv: Record<string, string> = {},
  shared?: SharedServices,
  /** Node options for the server process itself (e.g. `--cpu-prof`, not allowed in NODE_OPTIONS). */
  nodeArgs: string[] = [],
): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "im-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  Object.assign(env, extraEnv);
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.INNGEST_EVENT_KEY;
  delete env.INNGEST_DEV;
  if (shared) {
    env.DATABASE_URL = shared.databaseUrl;
    env.REDIS_URL = shared.redisUrl;
  }
  const command: [string, string[]] = nodeArgs.length
    ? [process.execPath, [...nodeArgs, NEXT_BIN, "start", "--port", String(port)]]
    : ["npx", ["--no-install", "next", "start", "--port", String(port)]];
  const child = spawn(command[0], command[1], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (error) {
    console.error(log);
    throw error;
  }
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null && child.pid) {
        process.kill(-child.pid, "SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (process.env.E2E_SHOW_SERVER_LOG) console.log(log);
    },
  };
}
