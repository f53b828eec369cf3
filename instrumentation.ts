// Runs once when a server process starts: validates the configuration and, without Inngest,
// starts the in-process schedule (which also picks up evaluations a restart left pending).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, isInngestConfigured } = await import("@/lib/env");
  const config = env();
  if (config.NEXT_PHASE === "phase-production-build") return;
  if (!isInngestConfigured(config)) {
    const { startScheduler } = await import("@/lib/jobs/scheduler");
    const { backgroundTasks } = await import("@/lib/jobs/background-tasks");
    startScheduler(backgroundTasks);
  }
}
