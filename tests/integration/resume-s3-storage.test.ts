/**
 * Resume files in S3-compatible storage: the AWS SDK v3 client against a local s3rver, through
 * the whole upload → pipeline → delete flow (S3_BUCKET configured), plus files written to disk
 * before S3 was configured staying readable.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";
import { resumeFileStore, storeFor } from "@/lib/resumes/storage";
import { temporaryRoot } from "@/lib/resumes/storage/disk-store";
import { api, newUser, upload } from "../helpers/api-client";
import { textPdf } from "../helpers/resume-files";

jest.setTimeout(120_000);

const BUCKET = "resumes-test";
const dir = mkdtempSync(path.join(tmpdir(), "im-s3rver-"));
let server: S3rver;
let client: S3Client;

beforeAll(async () => {
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "1",
  });
  resetEnvForTests();
  client = new S3Client({
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
});

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
  client.destroy();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(temporaryRoot(), { recursive: true, force: true });
});

const keys = async (userId: number) =>
  (
    await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `resumes/${userId}/` }))
  ).Contents?.map((o) => o.Key) ?? [];

it("uploads to the bucket, analyses from it, and deletes the object with the resume", async () => {
  const user = await newUser();
  const res = await upload(
    "/api/v1/resumes",
    {
      name: "cv.pdf",
      bytes: await textPdf([
        "Jordan Lee",
        "Experience",
        "Data Engineer, Streamly, 2018 – 2024",
        "Built Spark and Airflow pipelines in Python on AWS.",
        "Skills: Python, Apache Spark, Airflow, SQL",
      ]),
    },
    user.token,
  );
  expect(res.status).toBe(201);
  const id = res.body.data.resume_id as number;
  const row = await db.resume.findUniqueOrThrow({ where: { id } });
  expect(row.fileUrl).toMatch(new RegExp(`^s3://${BUCKET}/resumes/${user.id}/[0-9a-f-]+\\.pdf$`));
  const [key] = await keys(user.id);
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  const stored = Buffer.from(await object.Body!.transformToByteArray());
  expect(stored.includes(Buffer.from("%PDF"))).toBe(false);

  await inProcessQueue().onIdle();
  const done = await api.get(`/api/v1/resumes/${id}`, user.token);
  expect(done.body.data.status).toBe("ready");
  expect(done.body.data.analysis.skills.map((s: { id: string }) => s.id)).toContain("spark");

  expect((await api.del(`/api/v1/resumes/${id}`, user.token)).status).toBe(200);
  expect(await keys(user.id)).toEqual([]);
});

it("keeps files stored on disk before S3 was configured readable and deletable", async () => {
  const disk = storeFor("disk:resumes/0/x.pdf");
  const locator = await disk.put("resumes/0/legacy.pdf", Buffer.from("old"), "application/pdf");
  expect(resumeFileStore().scheme).toBe("s3");
  expect((await storeFor(locator).get(locator)).toString()).toBe("old");
  await storeFor(locator).delete(locator);
  await expect(storeFor(locator).get(locator)).rejects.toThrow();
});
