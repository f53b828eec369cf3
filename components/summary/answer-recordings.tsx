"use client";

import { useState } from "react";
import { Trash2Icon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { RecordingDto } from "@/lib/recordings/recording-queries";

// A fixed zone and locale: the server's and the browser's renders agree.
const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

function lengthLabel(seconds: number | null): string {
  if (seconds === null) return "Recording";
  const s = Math.round(seconds);
  return `Recording, ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * The kept recordings of one answer (only users who opted in have any), each playable from
 * GET /api/v1/recordings/{id}/audio, with when the retention job deletes it and a Delete.
 */
export function AnswerRecordings({
  recordings: initial,
  headingId,
}: {
  recordings: RecordingDto[];
  headingId: string;
}) {
  const [recordings, setRecordings] = useState(initial);
  const [deleting, setDeleting] = useState<number | null>(null);
  if (recordings.length === 0) return null;

  async function remove(id: number) {
    setDeleting(id);
    try {
      const response = await fetch(`/api/v1/recordings/${id}`, {
        method: "DELETE",
        credentials: "same-origin",
      });
      if (!response.ok && response.status !== 404) throw new Error(String(response.status));
      setRecordings((list) => list.filter((r) => r.id !== id));
      toast.success("Recording deleted");
    } catch {
      toast.error("The recording could not be deleted. Try again.");
    } finally {
      setDeleting(null);
    }
  }

  return (
    <section aria-labelledby={headingId} className="grid gap-2">
      <h4 id={headingId} className="text-sm font-semibold">
        Your recording{recordings.length > 1 ? "s" : ""}
      </h4>
      <ul className="grid gap-3">
        {recordings.map((r, i) => {
          const label = `${lengthLabel(r.duration_seconds)}${recordings.length > 1 ? ` (take ${i + 1})` : ""}`;
          return (
            <li key={r.id} className="grid gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <audio
                  controls
                  preload="none"
                  src={`/api/v1/recordings/${r.id}/audio`}
                  aria-label={label}
                  className="h-10 w-full max-w-md min-w-0 flex-1"
                />
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  disabled={deleting === r.id}
                  onClick={() => void remove(r.id)}
                  aria-label={`Delete ${label.toLowerCase()}`}
                >
                  <Trash2Icon aria-hidden="true" />
                  Delete
                </Button>
              </div>
              <p className="text-xs text-muted-foreground">
                {label}. Kept until {day.format(new Date(r.expires_at))}, then deleted.
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
