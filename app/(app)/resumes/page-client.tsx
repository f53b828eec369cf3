"use client";

import { useCallback, useRef, useState } from "react";
import Link from "next/link";
import { toast } from "sonner";
import { FileTextIcon, StarIcon, Trash2Icon, UploadIcon, RotateCwIcon } from "lucide-react";
import { useLiveStatus } from "@/components/live/use-live-status";
import { ResumePipeline, ResumeStatusBadge } from "@/components/resumes/resume-status-badge";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Progress } from "@/components/ui/progress";
import type { ActionResult } from "@/lib/actions/result";
import type { ResumeDto } from "@/lib/resumes/resume-dto";
import { isResumeSettled } from "@/lib/validations/resume";
import {
  deleteResumeAction,
  listResumesAction,
  retryResumeAction,
  setPrimaryResumeAction,
} from "./actions";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT =
  ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What the browser can tell before sending: the server checks everything again. */
function precheck(file: File): string | null {
  if (!/\.(pdf|docx)$/i.test(file.name)) {
    return /\.doc$/i.test(file.name)
      ? "Old Word .doc files are not supported: save the resume as .docx or PDF."
      : "Upload a PDF or a Word (.docx) file.";
  }
  if (file.size > MAX_BYTES) {
    return `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; resumes can be at most 10 MB.`;
  }
  if (file.size === 0) return "The file is empty.";
  return null;
}

type UploadState =
  | { phase: "idle" }
  | { phase: "sending"; name: string; percent: number }
  | { phase: "error"; message: string };

interface Envelope {
  success: boolean;
  data: ResumeDto | null;
  error: { message: string; details?: { file?: string[] } | null } | null;
}

/** XHR rather than fetch: only XHR reports upload progress. */
function send(file: File, onProgress: (percent: number) => void): Promise<ResumeDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/resumes/upload");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const body = xhr.response as Envelope | null;
      if (xhr.status === 201 && body?.data) resolve(body.data);
      else
        reject(
          new Error(
            body?.error?.details?.file?.[0] ??
              body?.error?.message ??
              (xhr.status === 413
                ? "Resumes can be at most 10 MB."
                : `Upload failed (${xhr.status}). Try again.`),
          ),
        );
    };
    xhr.onerror = () => reject(new Error("The connection dropped during the upload. Try again."));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

export function ResumesManager({ initial }: { initial: ResumeDto[] }) {
  const [resumes, setResumes] = useState(initial);
  const [upload, setUpload] = useState<UploadState>({ phase: "idle" });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const pending = resumes.some((r) => !isResumeSettled(r.status));

  const refresh = useCallback(async () => {
    const result = await listResumesAction();
    if (result.ok) setResumes(result.data);
  }, []);

  useLiveStatus({
    enabled: pending,
    onEvent: (event) => {
      if (event.type !== "resume.status") return;
      setResumes((list) =>
        list.map((r) => (r.resume_id === event.resumeId ? { ...r, status: event.status } : r)),
      );
      // The final state carries more than the status (skill count, failure reason).
      if (event.status === "ready" || event.status === "failed") void refresh();
    },
    onResync: () => void refresh(),
    poll: refresh,
    pollIntervalMs: 1500,
  });

  async function start(file: File | undefined) {
    if (!file) return;
    const problem = precheck(file);
    if (problem) {
      setUpload({ phase: "error", message: problem });
      return;
    }
    setUpload({ phase: "sending", name: file.name, percent: 0 });
    try {
      const created = await send(file, (percent) =>
        setUpload({ phase: "sending", name: file.name, percent }),
      );
      setResumes((list) => [...list.filter((r) => r.resume_id !== created.resume_id), created]);
      setUpload({ phase: "idle" });
      void refresh();
    } catch (error) {
      setUpload({ phase: "error", message: (error as Error).message });
    } finally {
      if (input.current) input.current.value = "";
    }
  }

  async function act<T>(run: () => Promise<ActionResult<T>>, done: string) {
    const result = await run();
    if (result.ok) toast.success(done);
    else toast.error(result.error.message);
    await refresh();
  }

  const sending = upload.phase === "sending";
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Upload a resume</CardTitle>
          <CardDescription>
            PDF or Word (.docx), up to 10 MB. Each upload is a new version.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              if (!sending) void start(e.dataTransfer.files[0]);
            }}
            className={
              "flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-6 text-center transition-colors " +
              (dragging ? "border-primary bg-primary/5" : "border-muted-foreground/25")
            }
          >
            <UploadIcon aria-hidden className="size-8 text-muted-foreground" />
            <p className="text-sm text-muted-foreground">Drag a file here, or</p>
            <input
              ref={input}
              id="resume-file"
              type="file"
              accept={ACCEPT}
              aria-label="Resume file"
              // Reached through the "Choose a file" button: one tab stop, not two.
              tabIndex={-1}
              className="sr-only"
              disabled={sending}
              onChange={(e) => void start(e.target.files?.[0])}
            />
            <Button type="button" disabled={sending} onClick={() => input.current?.click()}>
              Choose a file
            </Button>
          </div>
          {upload.phase === "sending" ? (
            <div className="grid gap-2" aria-live="polite">
              <div className="flex justify-between gap-2 text-sm">
                <span className="truncate">Uploading {upload.name}</span>
                <span className="tabular-nums">{upload.percent}%</span>
              </div>
              <Progress value={upload.percent} aria-label={`Uploading ${upload.name}`} />
            </div>
          ) : null}
          {upload.phase === "error" ? (
            <Alert variant="destructive" role="alert">
              <AlertTitle>That file was not uploaded</AlertTitle>
              <AlertDescription>{upload.message}</AlertDescription>
            </Alert>
          ) : null}
        </CardContent>
      </Card>

      <section aria-labelledby="versions-heading" className="grid gap-3">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Your versions
        </h2>
        {resumes.length === 0 ? (
          <EmptyState
            icon={<FileTextIcon aria-hidden />}
            titleAs="h3"
            title="No resume yet"
            description="Upload one to see your skills, match jobs and get tailored questions."
          />
        ) : (
          <ul className="grid gap-3">
            {[...resumes]
              .sort((a, b) => Number(b.is_primary) - Number(a.is_primary) || b.version - a.version)
              .map((r) => (
                <li key={r.resume_id}>
                  <ResumeRow
                    resume={r}
                    onDelete={() =>
                      void act(() => deleteResumeAction(r.resume_id), `Deleted ${r.filename}`)
                    }
                    onPrimary={() =>
                      void act(
                        () => setPrimaryResumeAction(r.resume_id),
                        `${r.filename} is now your primary resume`,
                      )
                    }
                    onRetry={() =>
                      void act(() => retryResumeAction(r.resume_id), "Processing again")
                    }
                  />
                </li>
              ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ResumeRow({
  resume: r,
  onDelete,
  onPrimary,
  onRetry,
}: {
  resume: ResumeDto;
  onDelete: () => void;
  onPrimary: () => void;
  onRetry: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const uploaded = new Date(r.created_at).toLocaleString(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <Card className="gap-3 py-4">
      <CardContent className="grid gap-3 px-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              {r.status === "ready" ? (
                <Link
                  href={`/resumes/${r.resume_id}`}
                  className="truncate underline-offset-4 hover:underline"
                >
                  {r.filename}
                </Link>
              ) : (
                <span className="truncate">{r.filename}</span>
              )}
              {r.is_primary ? <Badge variant="outline">Primary</Badge> : null}
            </p>
            <p className="text-xs text-muted-foreground">
              Version {r.version} · {(r.file_size / 1024).toFixed(0)} KB ·{" "}
              {/* Server and browser may format dates in other zones: the browser's wins. */}
              <time dateTime={r.created_at} suppressHydrationWarning>
                {uploaded}
              </time>
              {r.skill_count !== null ? ` · ${r.skill_count} skills` : ""}
            </p>
          </div>
          <ResumeStatusBadge status={r.status} />
        </div>
        {!isResumeSettled(r.status) ? <ResumePipeline status={r.status} /> : null}
        {r.failure ? (
          <Alert variant="destructive">
            <AlertDescription>{r.failure.message}</AlertDescription>
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {r.status === "ready" ? (
            <Button asChild size="sm" variant="secondary">
              <Link href={`/resumes/${r.resume_id}`}>View analysis</Link>
            </Button>
          ) : null}
          {!r.is_primary ? (
            <Button size="sm" variant="outline" onClick={onPrimary}>
              <StarIcon aria-hidden /> Make primary
            </Button>
          ) : null}
          {r.status === "failed" ? (
            <Button size="sm" variant="outline" onClick={onRetry}>
              <RotateCwIcon aria-hidden /> Try again
            </Button>
          ) : null}
          {confirming ? (
            <>
              <Button size="sm" variant="destructive" onClick={onDelete}>
                Delete version {r.version}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
              <Trash2Icon aria-hidden /> Delete
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
