import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { ResumeFileStore } from "./types";

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

function keyOf(bucket: string, locator: string): string {
  const prefix = `s3://${bucket}/`;
  if (!locator.startsWith(prefix)) throw new Error("Resume file is in another bucket");
  return locator.slice(prefix.length);
}

/** An S3-compatible bucket through the AWS SDK v3 (AWS, MinIO, R2, s3rver in tests). */
export function s3Store(settings: S3Settings, client?: S3Client): ResumeFileStore {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Without explicit keys the SDK's default chain applies (instance role, AWS_* variables).
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      maxAttempts: 3,
    });
  const { bucket } = settings;
  return {
    scheme: "s3",
    async put(key, body, contentType) {
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
      );
      return `s3://${bucket}/${key}`;
    },
    async get(locator) {
      const out = await s3.send(
        new GetObjectCommand({ Bucket: bucket, Key: keyOf(bucket, locator) }),
      );
      if (!out.Body) throw new Error("Empty object body");
      return Buffer.from(await out.Body.transformToByteArray());
    },
    async delete(locator) {
      try {
        await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(bucket, locator) }));
      } catch (error) {
        if (!(error instanceof NoSuchKey)) throw error;
      }
    },
  };
}
