#!/usr/bin/env node
// npm run check:js-budget (after `npm run build`): JavaScript each page makes the browser load,
// gzipped, from the build's manifests: the root chunks plus every chunk the page's segments
// (layouts, page, loading, error) name in its client-reference manifest. Prints one line per page,
// largest first, and fails when a page is over its budget — so a heavy import shows up in CI,
// not in a user's first load.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

// Ceilings in KB of gzipped JS per page, signed-in pages and public ones (landing, sign-in): set
// just above today's largest (a resume's analysis ~373 KB since the account menu loads after the
// page; public ~257 KB), so any growth fails CI; lower them as pages get lighter.
const BUDGET_KB = Number(process.env.JS_BUDGET_KB ?? 390);
const PUBLIC_BUDGET_KB = Number(process.env.JS_BUDGET_PUBLIC_KB ?? 280);
const PUBLIC = /^\/(?:\(marketing\)|\(auth\))/;

const NEXT = path.join(process.cwd(), ".next");
if (!existsSync(path.join(NEXT, "BUILD_ID"))) {
  console.error("check:js-budget: run `npm run build` first");
  process.exit(1);
}
const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8"));
const root = [...(build.rootMainFiles ?? []), ...(build.polyfillFiles ?? [])];

/** Every page_client-reference-manifest.js under .next/server/app, with its route. */
function manifests(dir, route = "") {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...manifests(full, `${route}/${entry.name}`));
    else if (entry.name === "page_client-reference-manifest.js") found.push({ route, file: full });
  }
  return found;
}

const gzipped = new Map();
function chunkBytes(file) {
  if (!gzipped.has(file)) {
    const full = path.join(NEXT, file);
    gzipped.set(file, existsSync(full) ? gzipSync(readFileSync(full)).length : 0);
  }
  return gzipped.get(file);
}

const rows = [];
for (const { route, file } of manifests(path.join(NEXT, "server", "app"))) {
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  if (!manifest) continue;
  const files = new Set(root);
  for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f);
  const bytes = [...files].filter((f) => f.endsWith(".js")).reduce((n, f) => n + chunkBytes(f), 0);
  const budget = PUBLIC.test(route) ? PUBLIC_BUDGET_KB : BUDGET_KB;
  rows.push({ route: route || "/", kb: bytes / 1024, budget });
}
if (rows.length === 0) {
  console.error("check:js-budget: no page manifests found in .next/server/app");
  process.exit(1);
}
rows.sort((a, b) => b.kb - a.kb);
for (const r of rows) {
  const mark = r.kb > r.budget ? "OVER" : "ok";
  console.log(
    `${r.kb.toFixed(1).padStart(7)} KB / ${String(r.budget).padStart(3)}  ${mark.padEnd(4)} ${r.route}`,
  );
}
const over = rows.filter((r) => r.kb > r.budget);
console.log(
  `js_budget pages=${rows.length} max_kb=${rows[0].kb.toFixed(1)} over=${over.length} (gzipped JS per page)`,
);
if (over.length > 0) process.exit(1);
