/** Runs `run` when the browser is next idle (at the latest after `timeout` ms); setTimeout where
 * requestIdleCallback is missing (Safari). Returns a cancel. */
export function whenIdle(run: () => void, timeout = 1000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 1);
  return () => window.clearTimeout(id);
}
