"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { deleteJobDescriptionAction } from "../actions";

export function DeleteJobButton({ id }: { id: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        Delete
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="destructive"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await deleteJobDescriptionAction(id);
            if (result.ok) {
              toast.success("Job description deleted");
              router.push("/jobs");
            } else toast.error(result.error.message);
          })
        }
      >
        Delete this job
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Keep
      </Button>
    </>
  );
}
