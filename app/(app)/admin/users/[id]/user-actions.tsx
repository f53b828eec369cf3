"use client";

import { ReasonAction } from "@/components/admin/reason-action";
import {
  deleteUserAction,
  setUserRoleAction,
  suspendUserAction,
  unsuspendUserAction,
} from "../actions";

interface Props {
  userId: number;
  role: "user" | "admin";
  status: string;
  self: boolean;
}

export function UserActions({ userId, role, status, self }: Props) {
  if (status === "deleted") {
    return <p className="text-sm text-muted-foreground">This account was deleted.</p>;
  }
  return (
    <div className="flex flex-wrap items-start gap-2">
      {role === "admin" ? (
        <ReasonAction
          label="Revoke admin role"
          pendingLabel="Revoking…"
          description="The account becomes a regular user at its next request. The last active administrator cannot be revoked."
          reasonRequired={false}
          run={() => setUserRoleAction(userId, "user")}
          done="Admin role revoked"
        />
      ) : status === "suspended" ? null : (
        <ReasonAction
          label="Make administrator"
          pendingLabel="Granting…"
          description="The account gets full access to /admin at its next request."
          reasonRequired={false}
          run={() => setUserRoleAction(userId, "admin")}
          done="Admin role granted"
        />
      )}
      {self || role === "admin" ? null : status === "suspended" ? (
        <ReasonAction
          label="Unsuspend"
          pendingLabel="Unsuspending…"
          description="The user can sign in again."
          reasonRequired={false}
          run={(reason) => unsuspendUserAction(userId, reason)}
          done="Account unsuspended"
        />
      ) : (
        <ReasonAction
          label="Suspend"
          pendingLabel="Suspending…"
          description="Every web session and API token of the user stops working at once; they cannot sign in until unsuspended. The reason is kept in the audit log."
          reasonRequired
          destructive
          run={(reason) => suspendUserAction(userId, reason)}
          done="Account suspended"
        />
      )}
      {self || role === "admin" ? null : (
        <ReasonAction
          label="Delete account"
          pendingLabel="Deleting…"
          description="Ends every session at once, then erases the account as the user's own deletion does: resumes and their files, job descriptions, interviews and answers are removed, audit entries keep only the event and its time, and the address can register again. The reason is kept in the audit log. This cannot be undone."
          reasonRequired
          destructive
          run={(reason) => deleteUserAction(userId, reason)}
          done="Account deleted"
          thenGoTo="/admin/users"
        />
      )}
    </div>
  );
}
