"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { setUserRole } from "@/lib/admin/roles";
import { deleteUser, suspendUser, unsuspendUser } from "@/lib/admin/users";
import { setRoleSchema } from "@/lib/validations/admin";
import { toId } from "@/lib/validations/id";
import { parseInput } from "@/lib/validations/parse";

// Admin actions on one account; each checks the caller's role and writes an audit row.

export const suspendUserAction = adminAction((admin, context, id: unknown, reason: unknown) =>
  suspendUser(admin, toId(id, "User"), { reason }, context),
);

export const unsuspendUserAction = adminAction((admin, context, id: unknown, reason: unknown) =>
  unsuspendUser(admin, toId(id, "User"), reason ? { reason } : {}, context),
);

export const deleteUserAction = adminAction((admin, context, id: unknown, reason: unknown) =>
  deleteUser(admin, toId(id, "User"), { reason }, context),
);

export const setUserRoleAction = adminAction((admin, context, id: unknown, role: unknown) =>
  setUserRole(
    { id: toId(id, "User") },
    { actorId: admin.id, role: parseInput(setRoleSchema, { role }).role, via: "admin_ui", context },
  ),
);
