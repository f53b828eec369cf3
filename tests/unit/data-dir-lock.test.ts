/**
 * The embedded database's DATA_DIR belongs to one process: a second process gets a clear error
 * naming the first one's pid; a lock left by a killed process is taken over.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { acquireDataDirLock, DataDirLockedError, releaseDataDirLock } from "@/lib/db/data-dir-lock";

const ROOT = path.resolve(__dirname, "../..");
const LOCK = "interviewmaster.lock";

/** Another process that takes the lock with the real code and holds it until killed. */
function lockingProcess(dir: string): Promise<ChildProcess> {
  const script = `import(${JSON.stringify(path.join(ROOT, "lib/db/data-dir-lock.ts"))}).then((m) => {
    (m.acquireDataDirLock ?? m.default.acquireDataDirLock)(${JSON.stringify(dir)});
    process.stdout.write("locked\\n");
    setInterval(() => {}, 1000);
  });`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`locking process exited early (${code})`)));
  });
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "im-lock-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("DATA_DIR lock", () => {
  it("refuses a second process with the holder's pid, and takes over once the holder is killed", async () => {
    const dir = tempDir();
    const holder = await lockingProcess(dir);
    try {
      let error: unknown;
      try {
        acquireDataDirLock(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(`in use by process ${holder.pid}`);
      expect((error as Error).message).toContain("DATABASE_URL");
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
    }
    // The killed holder left its lock behind: stale, so this process takes it over.
    expect(existsSync(path.join(dir, LOCK))).toBe(true);
    acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK), "utf8"))).toMatchObject({
      pid: process.pid,
    });
    acquireDataDirLock(dir); // again in the same process (hot reload): fine
    releaseDataDirLock(dir);
    expect(existsSync(path.join(dir, LOCK))).toBe(false);
  });

  it("takes over a lock whose process is gone, and a garbled old lock", () => {
    const dir = tempDir();
    // A pid that cannot be running: above the kernel's maximum.
    writeFileSync(
      path.join(dir, LOCK),
      JSON.stringify({ pid: 4_194_304 + 17, host: hostname(), since: "x" }),
    );
    acquireDataDirLock(dir);
    releaseDataDirLock(dir);
    writeFileSync(path.join(dir, LOCK), "{garbage");
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, LOCK), old, old);
    acquireDataDirLock(dir);
    releaseDataDirLock(dir);
  });

  it("the embedded database takes the lock when it opens its folder", async () => {
    const dir = tempDir();
    const holder = await lockingProcess(dir);
    try {
      const { prepareEmbeddedDatabase } = await import("@/lib/db/client");
      await expect(prepareEmbeddedDatabase(dir)).rejects.toThrow(`in use by process ${holder.pid}`);
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
    }
  });
});
