import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { ResumeFileStore } from "./types";

const PREFIX = "disk:";
// Keys are made by the service (`resumes/<user>/<uuid>.<ext>`), never from a client's name.
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/;

function fileFor(root: string, locator: string): string {
  const key = locator.startsWith(PREFIX) ? locator.slice(PREFIX.length) : locator;
  if (!SAFE_KEY.test(key) || key.split("/").includes("..")) {
    throw new Error(`Invalid resume file key: ${key}`);
  }
  return path.join(root, key);
}

/** Files in a folder (DATA_DIR/resume-files); written to a temporary name, then renamed. */
export function diskStore(root: string): ResumeFileStore {
  return {
    scheme: "disk",
    async put(key, body) {
      const file = fileFor(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${randomUUID()}.part`;
      await writeFile(partial, body, { mode: 0o600 });
      await rename(partial, file);
      return `${PREFIX}${key}`;
    },
    get: (locator) => readFile(fileFor(root, locator)),
    async delete(locator) {
      await rm(fileFor(root, locator), { force: true });
    },
  };
}

/** With an in-memory DATA_DIR (tests) files go to a per-process temporary folder. */
export const temporaryRoot = (): string => path.join(tmpdir(), `im-resume-files-${process.pid}`);
