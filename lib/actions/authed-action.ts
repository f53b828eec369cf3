import { requireUser } from "@/lib/auth/session";
import type { SafeUser } from "@/lib/users/get-user";
import { toId } from "@/lib/validations/id";
import { runAction, type ActionResult } from "./result";

type Action<A extends unknown[], T> = (...args: A) => Promise<ActionResult<T>>;

/**
 * The one wrapper of the signed-in area's server actions: the signed-in user (a signed-out caller
 * is sent to /login and back to `from`), one request id for the log, and every failure as an
 * ActionResult (lib/normalize-error.ts). With `id`, the first argument names that resource and
 * is checked with the id rule (anything else is its 404) before the body runs.
 */
export function authedAction<A extends unknown[], T>(
  options: { from?: string },
  body: (user: SafeUser, ...args: A) => Promise<T>,
): Action<A, T>;
export function authedAction<A extends unknown[], T>(
  options: { id: string; from?: (id: unknown) => string },
  body: (user: SafeUser, id: number, ...args: A) => Promise<T>,
): Action<[id: number, ...args: A], T>;
export function authedAction(
  options: { id?: string; from?: string | ((id: unknown) => string) },
  typedBody: (user: SafeUser, ...args: never[]) => Promise<unknown>,
): Action<unknown[], unknown> {
  // The overloads above tie the body's arguments to the action's; here they are just passed on.
  const body = typedBody as (user: SafeUser, ...args: unknown[]) => Promise<unknown>;
  return (...args) =>
    runAction(async () => {
      const from = typeof options.from === "function" ? options.from(args[0]) : options.from;
      const user = await requireUser(from);
      if (options.id === undefined) return body(user, ...args);
      const [rawId, ...rest] = args;
      return body(user, toId(rawId, options.id), ...rest);
    });
}
