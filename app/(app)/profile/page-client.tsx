"use client";

import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldDescription, FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { ExperienceLevel } from "@/lib/db/generated/enums";
import { updateProfileSchema } from "@/lib/validations/profile";
import { updateProfileAction } from "./actions";

type Level = (typeof ExperienceLevel)[keyof typeof ExperienceLevel];
const LEVELS = Object.values(ExperienceLevel) as Level[];
const NO_LEVEL = "none";

export type ProfileValues = {
  name: string;
  target_role: string;
  experience_level: Level | null;
  timezone: string;
  leaderboard_opt_out: boolean;
  keep_recordings: boolean;
};

const FIELDS = [
  "name",
  "target_role",
  "experience_level",
  "timezone",
  "leaderboard_opt_out",
  "keep_recordings",
] as const;

const noopSubscribe = () => () => {};
/** The browser's zone after hydration (null on the server, so both renders agree). */
function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    noopSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null,
    () => null,
  );
}

const selectClass =
  "flex h-9 w-full rounded-md border border-input bg-transparent px-3 py-1 text-base shadow-xs md:text-sm dark:bg-input/20 aria-invalid:border-destructive";

export function ProfileForm({
  initial,
  timeZones,
  roleSuggestions,
  recordingRetentionDays,
}: {
  initial: ProfileValues;
  timeZones: string[];
  roleSuggestions: string[];
  /** AUDIO_RETENTION_DAYS: how long kept recordings stay. */
  recordingRetentionDays: number;
}) {
  const router = useRouter();
  const browserZone = useBrowserTimeZone();
  const [values, setValues] = useState(initial);
  const [zoneTouched, setZoneTouched] = useState(false);
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: updateProfileSchema,
    fields: FIELDS,
    send: updateProfileAction,
    onSuccess(saved) {
      toast.success("Profile saved");
      setZoneTouched(true);
      set("timezone", saved.timezone);
      router.refresh();
    },
  });

  // Accounts start on "UTC"; until the user picks a zone, suggest the browser's.
  const suggested =
    !zoneTouched && initial.timezone === "UTC" && browserZone && browserZone !== "UTC";
  const timezone = suggested ? browserZone : values.timezone;
  const zones = timeZones.includes(timezone) ? timeZones : [timezone, ...timeZones];

  const levelIds = fieldIds("experience_level");
  const zoneIds = fieldIds("timezone");
  const levelErrors = errorsOf("experience_level");
  const zoneErrors = errorsOf("timezone");

  function set<K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({
      name: values.name,
      target_role: values.target_role.trim() === "" ? null : values.target_role,
      experience_level: values.experience_level,
      timezone,
      leaderboard_opt_out: values.leaderboard_opt_out,
      keep_recordings: values.keep_recordings,
    });
  }

  return (
    <Card>
      <form method="post" noValidate onSubmit={onSubmit} aria-label="Profile">
        <CardContent className="grid gap-6">
          {formError ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertDescription>{formError.message}</AlertDescription>
            </Alert>
          ) : null}
          <TextField
            id="name"
            name="name"
            label="Name"
            autoComplete="name"
            required
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            errors={errorsOf("name")}
          />
          <TextField
            id="target_role"
            name="target_role"
            label="Target role"
            list="profile-role-suggestions"
            autoComplete="organization-title"
            description="Used as the default role for new interviews. Leave empty for none."
            value={values.target_role}
            onChange={(e) => set("target_role", e.target.value)}
            errors={errorsOf("target_role")}
          />
          <datalist id="profile-role-suggestions">
            {roleSuggestions.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>

          <div className="grid gap-2">
            <Label htmlFor={levelIds.id}>Experience level</Label>
            <Select
              value={values.experience_level ?? NO_LEVEL}
              onValueChange={(v) => set("experience_level", v === NO_LEVEL ? null : (v as Level))}
            >
              <SelectTrigger
                id={levelIds.id}
                className="w-full sm:w-64"
                aria-invalid={levelErrors ? true : undefined}
                aria-describedby={describedBy(levelErrors && levelIds.errorId)}
              >
                <SelectValue placeholder="Not set" />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={NO_LEVEL}>Not set</SelectItem>
                {LEVELS.map((level) => (
                  <SelectItem key={level} value={level}>
                    {level}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <FieldError id={levelIds.errorId} errors={levelErrors} />
          </div>

          <div className="grid gap-2">
            <Label htmlFor={zoneIds.id}>Time zone</Label>
            <select
              id={zoneIds.id}
              name="timezone"
              value={timezone}
              onChange={(e) => {
                setZoneTouched(true);
                set("timezone", e.target.value);
              }}
              className={selectClass}
              aria-invalid={zoneErrors ? true : undefined}
              aria-describedby={describedBy(zoneIds.descriptionId, zoneErrors && zoneIds.errorId)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
            <FieldDescription id={zoneIds.descriptionId}>
              {suggested ? "Detected from your browser; save to keep it. " : null}
              Used for dates and practice streaks.
            </FieldDescription>
            <FieldError id={zoneIds.errorId} errors={zoneErrors} />
          </div>

          {(
            [
              [
                "leaderboard_opt_out",
                "Hide me from leaderboards",
                "Your scores still count for your own progress.",
              ],
              [
                "keep_recordings",
                "Keep my voice recordings",
                `Off: a recording is used to transcribe your answer and then discarded. On: it is stored encrypted with the answer, playable on the session summary by you only, and deleted after ${recordingRetentionDays} days or with your account.`,
              ],
            ] as const
          ).map(([id, label, description]) => (
            <SettingCheckbox
              key={id}
              id={id}
              label={label}
              checked={values[id]}
              onChange={(on) => set(id, on)}
            >
              {description}
            </SettingCheckbox>
          ))}
        </CardContent>
        <CardFooter className="mt-6 justify-end">
          <SubmitButton pending={pending} pendingLabel="Saving…" className="w-full sm:w-auto">
            Save profile
          </SubmitButton>
        </CardFooter>
      </form>
    </Card>
  );
}

/** An on/off setting of the profile: the box, its label and what it means. */
function SettingCheckbox({
  id,
  label,
  checked,
  onChange,
  children,
}: {
  id: "leaderboard_opt_out" | "keep_recordings";
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="flex items-start gap-3">
      <Checkbox
        id={id}
        checked={checked}
        onCheckedChange={(value) => onChange(value === true)}
        aria-describedby={`${id}-description`}
        className="mt-0.5"
      />
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        <FieldDescription id={`${id}-description`}>{children}</FieldDescription>
      </div>
    </div>
  );
}
