import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * The embedded database's folder belongs to one process: two PGlite instances on one folder both
 * start, diverge and can leave files that never open again. The first process takes an
 * exclusive lock file in DATA_DIR; a second one fails at once with the holder's pid. A lock left
 * by a crashed process (its pid is gone) is taken over, by one process only.
 */
const LOCK_FILE = "interviewmaster.lock";
// A takeover in progress is guarded by its own file; one older than this was abandoned.
const TAKEOVER_STALE_MS = 10_000;

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by process ${owner.pid} on ${owner.host} (since ${owner.since}). ` +
        `The embedded database belongs to one process at a time: stop process ${owner.pid}, ` +
        `give this process its own DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.`,
    );
    this.name = "DataDirLockedError";
  }
}

const held = new Map<string, string>();

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    if (typeof parsed.pid !== "number") return null;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? "?"),
      since: String(parsed.since ?? "?"),
    };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

const unlinkQuietly = (file: string) => {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
};

/** Whether `owner` (read from the lock) no longer holds it: its process is gone. */
function isStale(owner: LockOwner | null, file: string): boolean {
  if (!owner) {
    // Unreadable: a holder that crashed between creating and writing it, or garbage. Only an
    // old one counts as stale (a fresh one may be being written right now).
    try {
      return Date.now() - statSync(file).mtimeMs > TAKEOVER_STALE_MS;
    } catch {
      return true;
    }
  }
  if (owner.host !== hostname()) return false;
  return owner.pid !== process.pid && !isAlive(owner.pid);
}

/**
 * Takes the lock of `dataDir` (which must exist) for this process, or throws DataDirLockedError.
 * Taking it again in the same process (dev hot reload) is a no-op.
 */
export function acquireDataDirLock(dataDir: string): void {
  const dir = path.resolve(dataDir);
  if (held.has(dir)) return;
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, content)) {
      held.set(dir, file);
      releaseOnExit();
      return;
    }
    const owner = readOwner(file);
    if (owner && owner.pid === process.pid && owner.host === me.host) {
      held.set(dir, file);
      return;
    }
    if (!isStale(owner, file))
      throw new DataDirLockedError(dir, owner ?? { pid: -1, host: "?", since: "?" });
    // Stale: one process at a time removes it, after checking again under the takeover guard.
    const guard = `${file}.takeover`;
    if (!createExclusive(guard, content)) {
      try {
        if (Date.now() - statSync(guard).mtimeMs > TAKEOVER_STALE_MS) unlinkQuietly(guard);
      } catch {
        // the other process finished its takeover
      }
      continue;
    }
    try {
      if (isStale(readOwner(file), file)) unlinkQuietly(file);
    } finally {
      unlinkQuietly(guard);
    }
  }
  const owner = readOwner(file);
  throw new DataDirLockedError(dir, owner ?? { pid: -1, host: "?", since: "?" });
}

/** Gives the lock of `dataDir` back (the database was closed). */
export function releaseDataDirLock(dataDir: string): void {
  const dir = path.resolve(dataDir);
  const file = held.get(dir);
  if (!file) return;
  held.delete(dir);
  if (readOwner(file)?.pid === process.pid) unlinkQuietly(file);
}

let exitHook = false;
function releaseOnExit(): void {
  if (exitHook) return;
  exitHook = true;
  process.once("exit", () => {
    for (const dir of [...held.keys()]) releaseDataDirLock(dir);
  });
}
