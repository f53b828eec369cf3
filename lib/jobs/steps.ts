/**
 * Runs one named unit of a handler's work: directly in-process, as a durable `step.run` on
 * Inngest (retried on its own, its result memoised). Step results must be plain JSON.
 */
export type StepRunner = <T>(id: string, work: () => Promise<T>) => Promise<T>;

export const runDirectly: StepRunner = (_id, work) => work();
