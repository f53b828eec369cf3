"use client";

import { useState } from "react";
import { Download } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const EXPORT_URL = "/api/v1/users/me/export";

function fileNameOf(response: Response): string {
  const disposition = response.headers.get("content-disposition") ?? "";
  return disposition.match(/filename="([^"]+)"/)?.[1] ?? "interviewmaster-export.json";
}

/** Downloads all of the user's data as one JSON file (the API's export, with the web session). */
export function DataExportCard() {
  const [pending, setPending] = useState(false);

  async function download() {
    setPending(true);
    try {
      const response = await fetch(EXPORT_URL, { credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          error?: { message?: string };
        } | null;
        toast.error(body?.error?.message ?? "The export could not be prepared. Try again later.");
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response);
      link.click();
      URL.revokeObjectURL(url);
      toast.success("Your data export is downloading.");
    } catch {
      toast.error("The export could not be downloaded. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Your data</h2>
        </CardTitle>
        <CardDescription>
          Download everything we keep about you as one JSON file: profile, interviews, answers and
          their evaluations, resumes and their text, job descriptions, achievements, community posts
          and account activity.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button type="button" variant="outline" disabled={pending} onClick={() => void download()}>
          <Download aria-hidden />
          {pending ? "Preparing…" : "Download my data"}
        </Button>
      </CardContent>
    </Card>
  );
}
