"use client";

import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { practiseCompanyAction } from "./actions";

export function PractiseButton({ company, role }: { company: string; role?: string }) {
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const result = await practiseCompanyAction(company, role ?? "");
          if (result && !result.ok) toast.error(result.error.message);
        })
      }
    >
      {pending ? "Starting…" : `Practise ${company}'s questions`}
    </Button>
  );
}
