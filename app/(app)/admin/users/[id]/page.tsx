import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatUtc } from "@/components/admin/format";
import { StatusBadge } from "@/components/admin/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { toAdminUserDto } from "@/lib/admin/user-dto";
import { getUserDetail } from "@/lib/admin/users";
import { isAppError } from "@/lib/errors";
import { parseId } from "@/lib/validations/id";
import { UserActions } from "./user-actions";

export const metadata: Metadata = { title: "User · Admin" };

async function load(id: number | null) {
  if (id === null) notFound();
  try {
    return await getUserDetail(id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requireAdminPage(`/admin/users/${id}`);
  const detail = await load(parseId(id));
  const u = toAdminUserDto(detail.user);
  const { usage } = detail;
  return (
    <div className="grid gap-6">
      <p className="text-sm">
        <Link href="/admin/users" className="underline underline-offset-4">
          ← All users
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="min-w-0 text-xl font-semibold break-all">{u.email}</h2>
        <StatusBadge status={u.account_status} />
        {u.role === "admin" ? <Badge>admin</Badge> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted-foreground">Name</dt>
        <dd>{u.name}</dd>
        <dt className="text-muted-foreground">Joined</dt>
        <dd>{formatUtc(u.created_at)}</dd>
        <dt className="text-muted-foreground">Target role</dt>
        <dd>{u.target_role ?? "—"}</dd>
        {u.suspended_at ? (
          <>
            <dt className="text-muted-foreground">Suspended</dt>
            <dd>
              {formatUtc(u.suspended_at)} — {u.suspension_reason}
            </dd>
          </>
        ) : null}
        {u.locked_until && new Date(u.locked_until) > new Date() ? (
          <>
            <dt className="text-muted-foreground">Locked until</dt>
            <dd>{formatUtc(u.locked_until)} (failed sign-ins)</dd>
          </>
        ) : null}
      </dl>
      <UserActions userId={u.id} role={u.role} status={u.account_status} self={admin.id === u.id} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Usage</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
              <dt>Interview sessions</dt>
              <dd className="tabular-nums">{usage.sessions.total}</dd>
              <dt className="pl-3 text-muted-foreground">completed</dt>
              <dd className="tabular-nums">{usage.sessions.completed}</dd>
              <dt className="pl-3 text-muted-foreground">in progress</dt>
              <dd className="tabular-nums">{usage.sessions.inProgress}</dd>
              <dt className="pl-3 text-muted-foreground">abandoned</dt>
              <dd className="tabular-nums">{usage.sessions.abandoned}</dd>
              <dt>Answers submitted</dt>
              <dd className="tabular-nums">{usage.answers}</dd>
              <dt>Community questions</dt>
              <dd className="tabular-nums">{usage.communityQuestions}</dd>
              <dt>Last session started</dt>
              <dd>{formatUtc(usage.lastActive)}</dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>API sign-ins</CardTitle>
          </CardHeader>
          <CardContent>
            {detail.signIns.length === 0 ? (
              <p className="text-sm text-muted-foreground">No active API token.</p>
            ) : (
              <ul className="grid gap-2 text-sm">
                {detail.signIns.map((s) => (
                  <li key={s.familyId} className="grid">
                    <span className="truncate">{s.deviceFingerprint ?? "Unknown device"}</span>
                    <span className="text-xs text-muted-foreground">
                      refreshed {formatUtc(s.createdAt)} · expires {formatUtc(s.expiresAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
      <section aria-labelledby="sessions-heading" className="grid gap-2">
        <h3 id="sessions-heading" className="font-semibold">
          Interview sessions
        </h3>
        {detail.sessions.length === 0 ? (
          <p className="text-sm text-muted-foreground">No session yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border">
            <table className="w-full text-sm">
              <thead className="bg-muted/50 text-left">
                <tr>
                  <th className="px-3 py-2 font-medium">Started</th>
                  <th className="px-3 py-2 font-medium">Role</th>
                  <th className="px-3 py-2 font-medium">Status</th>
                  <th className="px-3 py-2 font-medium">Score</th>
                </tr>
              </thead>
              <tbody>
                {detail.sessions.map((s) => (
                  <tr key={s.id} className="border-t">
                    <td className="px-3 py-2 whitespace-nowrap">{formatUtc(s.startTime)}</td>
                    <td className="px-3 py-2">
                      {s.role} · {s.difficulty} · {s.questionCount} q.
                    </td>
                    <td className="px-3 py-2">{s.status.replace("_", " ")}</td>
                    <td className="px-3 py-2 tabular-nums">
                      {s.summary?.overallSessionScore ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="events-heading" className="grid gap-2">
        <h3 id="events-heading" className="font-semibold">
          Recent events by this user
        </h3>
        <p className="text-sm">
          <Link href={`/admin/audit?user_id=${u.id}`} className="underline underline-offset-4">
            Full audit trail
          </Link>
        </p>
        <ul className="grid gap-1 text-sm">
          {detail.events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3">
              <span className="text-muted-foreground">{formatUtc(e.timestamp)}</span>
              <code>{e.eventType}</code>
              <span className="text-muted-foreground">{e.ipAddress ?? ""}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
