import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";

const MAGIC = "IMWVEC01";

/** Relative to process.cwd(): written by `node scripts/build-embeddings.mjs`. */
const EMBEDDINGS_FILE = path.join(".cache", "embeddings", "wink-sg100d.bin");

/** Compact int8 word vectors (see scripts/build-embeddings.mjs for the file layout). */
export interface WordVectors {
  dims: number;
  /** Number of words in the table (ids are 0..size-1, most frequent first). */
  size: number;
  /** Position of a word in the table, or -1 when unknown. */
  id(word: string): number;
  /** The word at `id`. */
  word(id: number): string;
  /** Corpus-frequency rank of the word at `id` (0 = most frequent). */
  rank(id: number): number;
  /** Cosine similarity of two word ids, in [-1, 1]. */
  cosine(a: number, b: number): number;
  /** Adds `weight ×` the unit vector of `id` into `into`. */
  accumulate(into: Float64Array, id: number, weight: number): void;
}

/** Words indexed per turn of the event loop when loading asynchronously. */
const INDEX_BATCH = 50_000;

/** The table from the file's bytes, its word → id map built at once. */
function parse(buf: Buffer): WordVectors {
  const layout = readLayout(buf);
  const index = new Map<string, number>();
  layout.words.forEach((w, k) => index.set(w, k));
  return vectorsOf(layout, index);
}

/** The same, the map built in steps with a turn of the event loop between them. */
async function parseInSteps(buf: Buffer): Promise<WordVectors> {
  const layout = readLayout(buf);
  const index = new Map<string, number>();
  for (let k = 0; k < layout.words.length; k++) {
    if (k % INDEX_BATCH === 0) await nextTurn();
    index.set(layout.words[k]!, k);
  }
  return vectorsOf(layout, index);
}

function readLayout(buf: Buffer) {
  if (buf.toString("latin1", 0, 8) !== MAGIC) throw new Error("not an embeddings file");
  const headerLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + headerLen)) as {
    dims: number;
    count: number;
    vocabBytes: number;
  };
  const { dims, count, vocabBytes } = header;
  let offset = 12 + headerLen;
  const words = buf.toString("utf8", offset, offset + vocabBytes).split("\n");
  offset += vocabBytes;
  offset += (4 - (offset % 4)) % 4;
  if (words.length !== count || buf.length !== offset + count * 8 + count * dims) {
    throw new Error("embeddings file is truncated");
  }
  // Copies give 4-byte aligned typed arrays whatever the Buffer's pool offset is.
  const ranks = new Uint32Array(
    buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + count * 4),
  );
  offset += count * 4;
  const invNorms = new Float32Array(
    buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + count * 4),
  );
  offset += count * 4;
  const vectors = new Int8Array(buf.buffer, buf.byteOffset + offset, count * dims);
  return { dims, count, words, ranks, invNorms, vectors };
}

function vectorsOf(
  { dims, count, words, ranks, invNorms, vectors }: ReturnType<typeof readLayout>,
  index: Map<string, number>,
): WordVectors {
  return {
    dims,
    size: count,
    id: (word) => index.get(word) ?? -1,
    word: (id) => words[id] ?? "",
    rank: (id) => ranks[id] ?? Number.MAX_SAFE_INTEGER,
    cosine(a, b) {
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      const oa = a * dims;
      const ob = b * dims;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vectors[oa + d]! * vectors[ob + d]!;
      return dot * invNorms[a]! * invNorms[b]!;
    },
    accumulate(into, id, weight) {
      if (id < 0) return;
      const o = id * dims;
      const scale = weight * invNorms[id]!;
      for (let d = 0; d < dims; d++) into[d]! += vectors[o + d]! * scale;
    },
  };
}

let loaded: WordVectors | null | undefined;

/**
 * The word vectors, loaded once; null (with one warning) when the compact file has not been built,
 * in which case matching falls back to exact and lemma equality.
 */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  const file = path.join(process.cwd(), EMBEDDINGS_FILE);
  try {
    if (!existsSync(file)) throw new Error(`${EMBEDDINGS_FILE} not found`);
    loaded = parse(readFileSync(file));
  } catch (err) {
    console.warn(
      `[offline-evaluator] word vectors unavailable (${(err as Error).message}); ` +
        "using exact/lemma matching only. Run `node scripts/build-embeddings.mjs`.",
    );
    loaded = null;
  }
  return loaded;
}

/**
 * The same as wordVectors(), loaded without holding the event loop for long (the file is read
 * asynchronously and its 300k-word index built in steps): for warming a serving process.
 */
export async function loadWordVectors(): Promise<WordVectors | null> {
  if (loaded !== undefined) return loaded;
  const file = path.join(process.cwd(), EMBEDDINGS_FILE);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    return wordVectors(); // Reports the problem once, the same way.
  }
  const parsed = await parseInSteps(buf).catch(() => null);
  // A synchronous load may have finished meanwhile: keep one table.
  if (loaded === undefined && parsed) loaded = parsed;
  return loaded ?? wordVectors();
}

/** Test hook: forget the loaded vectors (e.g. to exercise the degraded mode). */
export function resetWordVectors(value?: WordVectors | null): void {
  loaded = value;
}
