import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { getUserOrThrow } from "@/lib/users/get-user";
import { deleteAccount, updateProfile } from "@/lib/users/update-profile";
import { toUserDto } from "@/lib/users/user-dto";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/users/me – the caller's profile
export const GET = authedRoute(async ({ user }) => ({
  data: toUserDto(await getUserOrThrow(user.id)),
}));

// PUT /api/v1/users/me – update the caller's profile
export const PUT = authedRoute(async ({ request, user, audit }) => ({
  data: await updateProfile(user.id, await readJsonBody(request, z.unknown()), audit),
}));

// DELETE /api/v1/users/me – delete the caller's account and all its data
export const DELETE = authedRoute(async ({ user, audit }) => ({
  data: await deleteAccount(user.id, audit),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET, PUT, DELETE");
export const PATCH = methodNotAllowed("GET, PUT, DELETE");
