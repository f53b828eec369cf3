// Integration tests handle the events they emit in-process, as the server does (instrumentation.ts
// installs the runner there). The runner is loaded on the first event, so that it sees a test
// file's jest.mock() of a service; synchronously, so that a queue's onIdle() right after the
// emitting call already waits for the job.
import type * as InProcessRunner from "@/lib/jobs/in-process-runner";
import { setLocalRunner } from "@/lib/jobs/local-runner";

setLocalRunner((name, payload) => {
  // A require() (not import()) keeps it synchronous; it resolves through the test's module registry.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const runner = require("@/lib/jobs/in-process-runner") as typeof InProcessRunner;
  runner.installInProcessRunner();
  runner.runInProcess(name, payload);
});
