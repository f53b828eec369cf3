import path from "node:path";
import { env, IN_MEMORY_DATA_DIR } from "@/lib/env";
import { diskStore, temporaryRoot } from "./disk-store";
import { s3Store } from "./s3-store";
import { schemeOf, type ResumeFileStore } from "./types";

export type { ResumeFileStore } from "./types";

let cached: { signature: string; store: ResumeFileStore; disk: ResumeFileStore } | undefined;

/** Where the disk store keeps files: DATA_DIR/resume-files, or a temporary folder in memory mode. */
export function resumeFilesRoot(): string {
  const e = env();
  return e.DATA_DIR === IN_MEMORY_DATA_DIR
    ? temporaryRoot()
    : path.resolve(e.DATA_DIR, "resume-files");
}

function stores() {
  const e = env();
  const root = resumeFilesRoot();
  const signature = JSON.stringify([root, e.S3_BUCKET, e.S3_ENDPOINT, e.S3_REGION]);
  if (cached?.signature !== signature) {
    const disk = diskStore(root);
    const store = e.S3_BUCKET
      ? s3Store({
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          endpoint: e.S3_ENDPOINT,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
        })
      : disk;
    cached = { signature, store, disk };
  }
  return cached;
}

/** The store new uploads go to: S3 when S3_BUCKET is set, else DATA_DIR/resume-files. */
export const resumeFileStore = (): ResumeFileStore => stores().store;

/**
 * The store holding an existing file, by its locator: files written to disk before S3 was
 * configured stay readable and deletable.
 */
export function storeFor(locator: string): ResumeFileStore {
  const { store, disk } = stores();
  const scheme = schemeOf(locator);
  if (scheme === "disk") return disk;
  if (scheme === "s3" && store.scheme === "s3") return store;
  throw new Error(`No configured store holds ${scheme ?? "this"} resume files`);
}
