"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import type { FieldErrors } from "@/lib/errors";
import { deleteFlagAction, saveFlagAction } from "./actions";

export interface FlagFormValue {
  name: string;
  description: string;
  enabled: boolean;
  rolloutPercentage: number;
  allowedUserIds: number[];
  known: boolean;
  stored: boolean;
}

const EMPTY: FlagFormValue = {
  name: "",
  description: "",
  enabled: false,
  rolloutPercentage: 0,
  allowedUserIds: [],
  known: false,
  stored: false,
};

/** One flag's editor (or, without `flag`, the form that creates one). */
export function FlagForm({ flag = EMPTY }: { flag?: FlagFormValue }) {
  const creating = flag.name === "";
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [percent, setPercent] = useState(flag.rolloutPercentage);
  const [pending, start] = useTransition();
  const router = useRouter();
  const id = useId();
  const err = (k: string) => errors[k]?.join(" ");

  return (
    <form
      method="post"
      aria-label={creating ? "New feature flag" : `Flag ${flag.name}`}
      className="grid gap-3 rounded-lg border p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const text = (k: string) => {
          const v = data.get(k);
          return typeof v === "string" ? v : "";
        };
        start(async () => {
          const result = await saveFlagAction({
            name: creating ? text("name") : flag.name,
            description: text("description"),
            enabled: data.get("enabled") === "on",
            rollout_percentage: text("rollout_percentage"),
            allowed_user_ids: text("allowed_user_ids"),
          });
          if (result.ok) {
            setErrors({});
            setMessage(null);
            toast.success(`Flag ${result.data.name} saved; live now`);
            if (creating) e.currentTarget?.reset();
            router.refresh();
          } else {
            setErrors(result.error.fields ?? {});
            setMessage(result.error.fields ? null : result.error.message);
          }
        });
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        {creating ? (
          <label className="grid gap-1 text-sm">
            <span className="font-medium">Name</span>
            <Input
              name="name"
              placeholder="e.g. study_plans_v2"
              required
              aria-invalid={!!err("name")}
            />
            {err("name") ? <span className="text-destructive">{err("name")}</span> : null}
          </label>
        ) : (
          <h3 className="font-mono text-sm font-semibold">{flag.name}</h3>
        )}
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="enabled"
            defaultChecked={flag.enabled}
            className="size-4 accent-primary"
          />
          <span>Enabled (off is the kill switch)</span>
        </label>
      </div>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">Description</span>
        <Input name="description" defaultValue={flag.description} maxLength={500} />
      </label>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr]">
        <label className="grid gap-1 text-sm" htmlFor={`${id}-pct`}>
          <span className="font-medium">Rollout: {percent}% of users</span>
          <input
            id={`${id}-pct`}
            type="range"
            name="rollout_percentage"
            min={0}
            max={100}
            step={1}
            value={percent}
            onChange={(e) => setPercent(Number(e.target.value))}
            className="accent-primary"
          />
          {err("rollout_percentage") ? (
            <span className="text-destructive">{err("rollout_percentage")}</span>
          ) : null}
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Always on for user ids</span>
          <Input
            name="allowed_user_ids"
            defaultValue={flag.allowedUserIds.join(", ")}
            placeholder="e.g. 12, 40"
            aria-invalid={!!err("allowed_user_ids")}
          />
          {err("allowed_user_ids") ? (
            <span className="text-destructive">{err("allowed_user_ids")}</span>
          ) : null}
        </label>
      </div>
      {message ? (
        <p role="alert" className="text-sm text-destructive">
          {message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {creating ? "Create flag" : "Save"}
        </SubmitButton>
        {flag.stored ? (
          <Button
            type="button"
            variant="ghost"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await deleteFlagAction(flag.name);
                if (result.ok) {
                  toast.success(flag.known ? "Reset to its default" : "Flag deleted");
                  router.refresh();
                } else setMessage(result.error.message);
              })
            }
          >
            {flag.known ? "Reset to default" : "Delete"}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
