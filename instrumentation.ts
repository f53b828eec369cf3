// Runs once when a server process starts: validates the configuration (a deployment missing a
// required setting fails here, not at its first request), drains background jobs on SIGTERM, makes this process handle
// the events it emits (always: it is the fallback when Inngest cannot be reached) and, without
// Inngest, starts the in-process schedule (which also picks up work a restart left behind).
export async function register(): Promise<void> {
  // NEXT_RUNTIME is replaced at build time (not read from the environment), so the edge bundle
  // drops the Node.js-only imports below.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: the peer address every rate limit and audit row keys on.
  const { installSocketAddressHeader } = await import("@/lib/api/socket-address");
  installSocketAddressHeader();
  const { deploymentProblems, env, isInngestConfigured } = await import("@/lib/env");
  const config = env();
  if (config.NEXT_PHASE === "phase-production-build") return;
  const problems = deploymentProblems(config);
  if (problems.length > 0) {
    // Next.js would keep serving 500s after a failed hook; a platform restarts or reports an exit.
    console.error(`Cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  const { installGracefulShutdown } = await import("@/lib/lifecycle/shutdown");
  installGracefulShutdown(config.SHUTDOWN_TIMEOUT_MS);
  // Evaluator threads load their language model while the server starts.
  const { startEvaluatorPool } = await import("@/lib/ai/offline/pool");
  startEvaluatorPool();
  // The landing page is drawn whole in its first response (no loading screen), and its sample
  // feedback is a real evaluation: computed now, not by the first visitor.
  const { landingSample } = await import("@/lib/evaluations/landing-sample");
  void landingSample();
  const { installInProcessRunner } = await import("@/lib/jobs/in-process-runner");
  installInProcessRunner();
  if (!isInngestConfigured(config)) {
    const { startScheduler } = await import("@/lib/jobs/scheduler");
    const { SCHEDULE } = await import("@/lib/jobs/schedule");
    startScheduler(SCHEDULE);
  }
}
