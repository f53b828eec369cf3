// Plots mount one at a time, each when the browser is idle: recharts renders a chart in one
// blocking task (its store updates are synchronous), and several charts mounting together made
// one long task of them all (the dashboard's 500 ms). A step ends when its plot has drawn (or
// after a few seconds, so a plot that never loads holds up no other).

import { whenIdle } from "./when-idle";

type Step = (done: () => void) => void;

const STEP_TIMEOUT_MS = 3000;
const steps: Step[] = [];
let running = false;

function next(): void {
  const step = steps.shift();
  if (!step) {
    running = false;
    return;
  }
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    window.clearTimeout(timer);
    whenIdle(next);
  };
  const timer = window.setTimeout(done, STEP_TIMEOUT_MS);
  step(done);
}

/** Queues `step`; it runs once the steps before it are done, in an idle period. Returns a cancel. */
export function queuePlot(step: Step): () => void {
  steps.push(step);
  if (!running) {
    running = true;
    whenIdle(next);
  }
  return () => {
    const i = steps.indexOf(step);
    if (i >= 0) steps.splice(i, 1);
  };
}
