import type { Metadata } from "next";
import { listOwnActivity } from "@/lib/audit/list";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { ActivityCard } from "./activity-card";
import { DataExportCard } from "./data-export-card";
import { bankRoles } from "@/lib/questions/bank/load";
import { ProfileForm } from "./page-client";
import { SecuritySection } from "./security-section";

export const metadata: Metadata = { title: "Profile" };

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["UTC"];
  }
}

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const activity = await listOwnActivity(user.id, { limit: 10 });
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="text-sm text-muted-foreground">
          Signed in as <span className="font-medium text-foreground">{user.email}</span>
        </p>
      </div>
      <ProfileForm
        initial={{
          name: user.name,
          target_role: user.targetRole ?? "",
          experience_level: user.experienceLevel ?? null,
          timezone: user.timezone,
          leaderboard_opt_out: user.leaderboardOptOut,
          keep_recordings: user.keepRecordings,
        }}
        timeZones={timeZones()}
        roleSuggestions={[...bankRoles()]}
        recordingRetentionDays={env().AUDIO_RETENTION_DAYS}
      />
      <ActivityCard items={activity.items} />
      <DataExportCard />
      <SecuritySection email={user.email} emailVerified={user.emailVerified} />
    </div>
  );
}
