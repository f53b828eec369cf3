/**
 * Resume uploads end to end through the API on the embedded database: real PDF / DOCX files,
 * the background pipeline (uploaded → extracting → analysing → ready / failed) with its live
 * events, encryption at rest of the file, the text and the analysis, versions with one primary,
 * and deletion removing the file.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus, liveBus } from "@/lib/live";
import { temporaryRoot } from "@/lib/resumes/storage/disk-store";
import { resumeFilesRoot } from "@/lib/resumes/storage";
import { NextRequest } from "next/server";
import { POST as pageUpload } from "@/app/(app)/resumes/upload/route";
import { api, newUser, upload } from "../helpers/api-client";
import {
  docxFile,
  encryptedOfficeFile,
  encryptedPdf,
  scannedPdf,
  textPdf,
} from "../helpers/resume-files";

jest.setTimeout(120_000);

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
  rmSync(temporaryRoot(), { recursive: true, force: true });
});

const RESUME = [
  "Ana Kowalczyk",
  "Senior Backend Engineer",
  "Experience",
  "Senior Backend Engineer, Fintrail GmbH, Berlin",
  "Jan 2019 – Present",
  "Built payment services in TypeScript and Node.js on PostgreSQL and Redis.",
  "Backend Engineer, Shopwise, Warsaw",
  "Mar 2015 – Dec 2018",
  "Wrote Python services and deployed them with Docker and Kubernetes on AWS.",
  "Skills",
  "TypeScript, Node.js, PostgreSQL, Redis, Docker, Kubernetes, AWS, Python",
  "Education",
  "BSc Computer Science, Warsaw University of Technology, 2011 – 2015",
];

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function settled(id: number, token: string) {
  await inProcessQueue().onIdle();
  const res = await api.get(`/api/v1/resumes/${id}`, token);
  expect(res.status).toBe(200);
  return res.body.data;
}

const storedFiles = (userId: number): string[] => {
  const dir = path.join(resumeFilesRoot(), "resumes", String(userId));
  return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
};

describe("resume upload pipeline", () => {
  it("stores a PDF encrypted, analyses it in the background and reports every status live", async () => {
    const user = await newUser();
    const seen: string[] = [];
    const sub = liveBus().subscribe(user.id, (d) => {
      if (d.kind === "event" && d.message.event.type === "resume.status") {
        seen.push(d.message.event.status);
      }
    });
    await sub.ready;
    const res = await upload(
      "/api/v1/resumes",
      { name: "Ana CV.pdf", bytes: await textPdf(RESUME), type: PDF },
      user.token,
    );
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      filename: "Ana CV.pdf",
      version: 1,
      is_primary: true,
      status: "uploaded",
      mime_type: PDF,
    });
    const id = res.body.data.resume_id as number;
    const done = await settled(id, user.token);
    sub.unsubscribe();
    expect(done.status).toBe("ready");
    expect(seen).toEqual(["uploaded", "extracting", "analysing", "ready"]);
    const skills = (done.analysis.skills as { id: string }[]).map((s) => s.id);
    expect(skills).toEqual(expect.arrayContaining(["typescript", "postgresql", "kubernetes"]));
    expect(done.analysis.experience.totalYears).toBeGreaterThan(7);
    expect(done.skill_count).toBe(skills.length);

    // At rest: text, analysis and file are ciphertext that names its key.
    const row = await db.resume.findUniqueOrThrow({ where: { id } });
    expect(row.extractedText).toMatch(/^v1\.[^.]+\./);
    expect(row.extractedText).not.toContain("Fintrail");
    expect(row.textKeyId).toBe(row.extractedText!.split(".")[1]);
    const analysis = await db.resumeAnalysis.findFirstOrThrow({ where: { resumeId: id } });
    expect(JSON.stringify(analysis.analysisData)).not.toContain("Fintrail");
    const [file] = storedFiles(user.id);
    expect(file).toBeDefined();
    const onDisk = readFileSync(file!);
    expect(onDisk.includes(Buffer.from("%PDF"))).toBe(false);
  });

  it("keeps versions with one primary, and deleting removes the row and the file", async () => {
    const user = await newUser();
    const first = await upload(
      "/api/v1/resumes",
      { name: "cv.pdf", bytes: await textPdf(RESUME) },
      user.token,
    );
    const second = await upload(
      "/api/v1/resumes",
      { name: "cv-2025.docx", bytes: await docxFile(RESUME), type: DOCX },
      user.token,
    );
    expect(second.status).toBe(201);
    expect(second.body.data).toMatchObject({ version: 2, is_primary: false, mime_type: DOCX });
    const secondId = second.body.data.resume_id as number;
    expect((await settled(secondId, user.token)).status).toBe("ready");
    expect(storedFiles(user.id)).toHaveLength(2);

    const primary = await api.post(`/api/v1/resumes/${secondId}/primary`, undefined, user.token);
    expect(primary.body.data.is_primary).toBe(true);
    const list = await api.get("/api/v1/resumes", user.token);
    expect(list.body.data.map((r: { resume_id: number }) => r.resume_id)).toEqual([
      secondId,
      first.body.data.resume_id,
    ]);
    expect(list.body.data.filter((r: { is_primary: boolean }) => r.is_primary)).toHaveLength(1);

    const del = await api.del(`/api/v1/resumes/${secondId}`, user.token);
    expect(del.status).toBe(200);
    expect(del.body.data).toMatchObject({
      deleted: true,
      primary_resume_id: first.body.data.resume_id,
    });
    expect(storedFiles(user.id)).toHaveLength(1);
    expect(await db.resumeAnalysis.count({ where: { resumeId: secondId } })).toBe(0);
    expect((await api.get(`/api/v1/resumes/${secondId}`, user.token)).status).toBe(404);
  });

  it("ends unreadable files as failed with a message for the candidate, and can retry", async () => {
    const user = await newUser();
    const cases: [string, Uint8Array, string][] = [
      [
        "locked.pdf",
        encryptedPdf("Secret resume text", { user: "pw", owner: "owner" }),
        "ENCRYPTED",
      ],
      ["scan.pdf", await scannedPdf(), "NO_TEXT_LAYER"],
      ["blank.pdf", await textPdf(["  "]), "NO_TEXT"],
    ];
    for (const [name, bytes, problem] of cases) {
      const res = await upload("/api/v1/resumes", { name, bytes }, user.token);
      expect(res.status).toBe(201);
      const done = await settled(res.body.data.resume_id, user.token);
      expect(done.status).toBe("failed");
      expect(done.failure.code).toBe(problem);
      expect(done.failure.message.length).toBeGreaterThan(10);
      expect(done.analysis).toBeNull();
    }
    const id = (await api.get("/api/v1/resumes", user.token)).body.data[0].resume_id;
    const retry = await api.post(`/api/v1/resumes/${id}/retry`, undefined, user.token);
    expect(retry.status).toBe(202);
    expect((await settled(id, user.token)).status).toBe("failed");
    const ready = await upload(
      "/api/v1/resumes",
      { name: "ok.pdf", bytes: await textPdf(RESUME) },
      user.token,
    );
    await settled(ready.body.data.resume_id, user.token);
    const again = await api.post(
      `/api/v1/resumes/${ready.body.data.resume_id}/retry`,
      undefined,
      user.token,
    );
    expect(again.status).toBe(409);
  });

  it("refuses oversized, wrong and mislabelled files before storing anything", async () => {
    const user = await newUser();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(Buffer.from("%PDF-1.7\n"));
    const tooBig = await upload("/api/v1/resumes", { name: "big.pdf", bytes: big }, user.token);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe("PAYLOAD_TOO_LARGE");

    const txt = await upload(
      "/api/v1/resumes",
      { name: "cv.txt", bytes: Buffer.from("hello") },
      user.token,
    );
    expect(txt.status).toBe(415);
    expect(txt.body.error.details.file[0]).toMatch(/PDF|DOCX/i);

    const disguised = await upload(
      "/api/v1/resumes",
      { name: "cv.pdf", bytes: await docxFile(RESUME) },
      user.token,
    );
    expect(disguised.status).toBe(415);

    const office = await upload(
      "/api/v1/resumes",
      { name: "cv.docx", bytes: encryptedOfficeFile() },
      user.token,
    );
    expect(office.status).toBe(422);
    expect(office.body.error.details.file[0]).toMatch(/password/i);

    const empty = await upload(
      "/api/v1/resumes",
      { name: "cv.pdf", bytes: new Uint8Array() },
      user.token,
    );
    expect(empty.status).toBe(422);

    const noFile = await upload(
      "/api/v1/resumes",
      { name: "cv.pdf", bytes: await textPdf(RESUME) },
      user.token,
      "document",
    );
    expect(noFile.status).toBe(422);
    expect(noFile.body.error.details.file).toBeDefined();

    const json = await api.post("/api/v1/resumes", { file: "cv.pdf" }, user.token);
    expect(json.status).toBe(415);

    expect(await db.resume.count({ where: { userId: user.id } })).toBe(0);
    expect(storedFiles(user.id)).toHaveLength(0);
  });

  it("shows and deletes a resume only for its owner", async () => {
    const owner = await newUser();
    const other = await newUser();
    const res = await upload(
      "/api/v1/resumes",
      { name: "cv.pdf", bytes: await textPdf(RESUME) },
      owner.token,
    );
    const id = res.body.data.resume_id as number;
    await inProcessQueue().onIdle();
    expect((await api.get(`/api/v1/resumes/${id}`, other.token)).status).toBe(404);
    expect((await api.del(`/api/v1/resumes/${id}`, other.token)).status).toBe(404);
    expect((await api.get("/api/v1/resumes", other.token)).body.data).toEqual([]);
    expect((await api.get(`/api/v1/resumes/${id}`)).status).toBe(401);
    expect((await api.get(`/api/v1/resumes/abc`, owner.token)).status).toBe(404);
  });

  it("serves the page's cookie upload to same-origin requests only", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await textPdf(RESUME))]), "cv.pdf");
    const cases: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
    ];
    for (const headers of cases) {
      const res = await pageUpload(
        new NextRequest("http://localhost/resumes/upload", { method: "POST", body: form, headers }),
        { params: Promise.resolve({}) },
      );
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("AUTHORIZATION_ERROR");
    }
  });
});
