import type { EventName } from "./events";

/** Takes an event for handling in this process (installed by lib/jobs/in-process-runner.ts). */
export type LocalRunner = (name: EventName, payload: unknown) => void;

// On globalThis: Next.js loads instrumentation (which installs it) and the routes (which emit) as
// separate bundles of one process, and dev hot reload re-evaluates modules.
const slot = globalThis as unknown as { __interviewMasterLocalRunner?: LocalRunner };

export function setLocalRunner(runner: LocalRunner): void {
  slot.__interviewMasterLocalRunner = runner;
}

export function localRunner(): LocalRunner | undefined {
  return slot.__interviewMasterLocalRunner;
}
