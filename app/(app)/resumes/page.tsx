import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listResumes } from "@/lib/resumes/resume-queries";
import { ResumesManager } from "./page-client";

export const metadata: Metadata = { title: "Resumes" };

export default async function ResumesPage() {
  const user = await requireUser("/resumes");
  const resumes = await listResumes(user.id);
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Resumes</h1>
        <p className="text-sm text-muted-foreground">
          Upload your resume to see the skills and experience we read from it, match it against job
          descriptions and practise with questions built from it. Files and text are stored
          encrypted.
        </p>
      </div>
      <ResumesManager initial={resumes} />
    </div>
  );
}
