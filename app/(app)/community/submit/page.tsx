import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isFeatureEnabled } from "@/lib/flags/service";
import { SubmitQuestionForm } from "./submit-form";

export const metadata: Metadata = { title: "Share an interview question" };

export default async function SubmitCommunityQuestionPage() {
  const user = await requireUser("/community/submit");
  if (!(await isFeatureEnabled("community_questions", user.id))) notFound();
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Share a question you were asked</h1>
        <p className="text-sm text-muted-foreground">
          A moderator checks every question before others see it. Leave out anything that names
          people or breaks a confidentiality agreement.
        </p>
      </div>
      <SubmitQuestionForm />
    </div>
  );
}
