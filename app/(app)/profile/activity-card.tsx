import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuditEntryDto } from "@/lib/audit/list";

const LABELS: Record<string, string> = {
  "auth.login": "Signed in",
  "auth.login_failed": "Failed sign-in attempt",
  "auth.login_locked": "Sign-in refused: locked",
  "auth.login_suspended": "Sign-in refused: suspended",
  "auth.logout": "Signed out",
  "auth.logout_all": "Signed out everywhere",
  "auth.sessions_revoked": "All sessions ended",
  "auth.password_changed": "Password changed",
  "auth.password_reset": "Password reset by email link",
  "auth.password_reset_requested": "Password reset requested",
  "auth.verification_sent": "Confirmation link sent",
  "auth.email_verified": "Email confirmed",
  "auth.refresh_reuse_detected": "Reused token detected: sessions of that device ended",
  "user.registered": "Account created",
  "user.profile_updated": "Profile updated",
  "user.data_exported": "Data export downloaded",
};

const label = (event: string) => LABELS[event] ?? event;

/** The last account events, so a user can spot a sign-in that was not theirs. */
export function ActivityCard({ items }: { items: AuditEntryDto[] }) {
  const format = new Intl.DateTimeFormat("en", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2 className="text-lg">Recent account activity</h2>
        </CardTitle>
        <CardDescription>
          Sign-ins and security events, newest first (times in UTC). Not you? Change your password.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing yet.</p>
        ) : (
          <ul className="grid gap-3">
            {items.map((item) => (
              <li key={item.id} className="grid gap-0.5 text-sm sm:grid-cols-[1fr_auto] sm:gap-4">
                <span className="font-medium">{label(item.event_type)}</span>
                <time dateTime={item.timestamp} className="text-muted-foreground">
                  {format.format(new Date(item.timestamp))}
                </time>
                <span className="truncate text-xs text-muted-foreground sm:col-span-2">
                  {[item.ip_address, item.user_agent].filter(Boolean).join(" · ") || "—"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
