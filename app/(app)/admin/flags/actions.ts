"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { deleteFlag, saveFlag } from "@/lib/flags/service";

export const saveFlagAction = adminAction((admin, context, input: unknown) =>
  saveFlag(admin, input, context),
);

export const deleteFlagAction = adminAction((admin, context, name: unknown) =>
  deleteFlag(admin, typeof name === "string" ? name : "", context),
);
