// npm run check:cycles – fails when any module of the app imports itself through others
// (static, type-only or dynamic imports alike): layers point one way.
import path from "node:path";
import { appModules, CHECKED_DIRS, findCycles, importGraph } from "./lib/import-graph";

const root = path.resolve(__dirname, "..");
const files = appModules(root);
const cycles = findCycles(importGraph(root, files));
const rel = (file: string) => path.relative(root, file);

if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s):`);
  for (const cycle of cycles) console.error(`  ${cycle.map(rel).join("\n    → ")}`);
  process.exit(1);
}
console.log(
  `No import cycles among ${files.length} modules (${CHECKED_DIRS.join(", ")}, entry files).`,
);
