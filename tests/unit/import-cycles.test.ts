/**
 * The import-cycle check (`npm run check:cycles`): it must see static, type-only and dynamic
 * imports through tsconfig paths, and the app itself must have no cycle.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appModules, findCycles, importGraph, listSources } from "@/scripts/lib/import-graph";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "im-cycles-"));
  const tsconfig = {
    compilerOptions: { module: "esnext", moduleResolution: "bundler", paths: { "@/*": ["./*"] } },
  };
  writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify(tsconfig));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function cyclesOf(files: Record<string, string>): string[][] {
  const root = project(files);
  try {
    const graph = importGraph(root, listSources(root, ["lib"]));
    return findCycles(graph).map((c) => c.map((f) => path.relative(root, f)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("import cycle check", () => {
  it("finds a cycle closed by a type-only import through a path alias", () => {
    const cycles = cyclesOf({
      "lib/a.ts": 'import { b } from "./b";\nexport const a = b;\nexport type A = number;',
      "lib/b.ts": 'import type { A } from "@/lib/a";\nexport const b: A = 1;',
    });
    expect(cycles).toEqual([["lib/a.ts", "lib/b.ts", "lib/a.ts"]]);
  });

  it("finds a cycle closed by a dynamic import, through a third module", () => {
    const cycles = cyclesOf({
      "lib/emit.ts": 'export const emit = async () => (await import("./run")).run();',
      "lib/run.ts": 'import { settle } from "./settle";\nexport const run = settle;',
      "lib/settle.ts": 'import { emit } from "./emit";\nexport const settle = emit;',
    });
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toEqual(["lib/emit.ts", "lib/run.ts", "lib/settle.ts", "lib/emit.ts"]);
  });

  it("reports nothing for a layered graph, and ignores packages", () => {
    const cycles = cyclesOf({
      "lib/app.ts": 'import { service } from "./service";\nimport { z } from "zod";\nservice(z);',
      "lib/service.ts": 'import { db } from "./db";\nexport const service = (x: unknown) => db(x);',
      "lib/db.ts": "export const db = (x: unknown) => x;",
    });
    expect(cycles).toEqual([]);
  });

  it("finds no cycle in the app (app, lib, components, inngest)", () => {
    const root = path.resolve(__dirname, "../..");
    const cycles = findCycles(importGraph(root, appModules(root)));
    expect(cycles.map((c) => c.map((f) => path.relative(root, f)).join(" → "))).toEqual([]);
  });
});
