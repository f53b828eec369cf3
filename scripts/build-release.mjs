#!/usr/bin/env node
// Bundles the release-step script (`npm run db:migrate`: migrations, then the question bank) into
// one CommonJS file that runs beside the standalone server, which has no tsx or TypeScript:
//   node dist/db-migrate.cjs
// npm packages stay external: the standalone server's traced node_modules provide them.
import { build } from "esbuild";

await build({
  entryPoints: ["scripts/db-migrate.ts"],
  outfile: "dist/db-migrate.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  tsconfig: "tsconfig.json",
  logLevel: "info",
});
