import Link from "next/link";
import { SearchXIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

export default function InterviewNotFound() {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed p-8 text-center">
      <div
        aria-hidden="true"
        className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground"
      >
        <SearchXIcon className="size-6" />
      </div>
      <h1 className="text-lg font-semibold">Interview not found</h1>
      <p className="max-w-sm text-sm text-muted-foreground">
        This interview does not exist or belongs to another account.
      </p>
      <div className="mt-2 flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href="/dashboard">Back to dashboard</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/interviews/new">Start a new interview</Link>
        </Button>
      </div>
    </div>
  );
}
