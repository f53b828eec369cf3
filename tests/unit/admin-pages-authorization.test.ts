/**
 * Every /admin page is for administrators only: each one calls requireAdminPage, which sends
 * signed-out and suspended visitors to /login and answers other users with the 403 page.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SafeUser } from "@/lib/users/get-user";

// Next.js sets this from next.config's experimental.authInterrupts; Jest does not read the config.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const current: { user: SafeUser | null } = { user: null };

jest.mock("@/lib/auth/session", () => ({
  requireUser: jest.fn(async () => {
    // The real requireUser: null (signed out, deleted or suspended) → redirect to /login.
    if (!current.user) {
      const { redirect } = await import("next/navigation");
      redirect("/login?from=%2Fadmin");
    }
    return current.user;
  }),
}));

import { requireAdminPage } from "@/lib/admin/require-admin";

const user = (over: Partial<SafeUser>) => ({ id: 1, role: "user", ...over }) as SafeUser;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name === "page.tsx" ? [full] : [];
  });
}

describe("admin pages", () => {
  it("every page under app/(app)/admin checks the admin role", () => {
    const found = pages(path.join(process.cwd(), "app", "(app)", "admin"));
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const file of found) {
      expect([file, /await requireAdminPage\(/.test(readFileSync(file, "utf8"))]).toEqual([
        file,
        true,
      ]);
    }
  });

  it("answers a normal user with 403 (forbidden), an admin with the user", async () => {
    current.user = user({ role: "user" });
    await expect(requireAdminPage("/admin")).rejects.toMatchObject({
      digest: expect.stringContaining("403"),
    });
    current.user = user({ role: "admin" });
    await expect(requireAdminPage("/admin")).resolves.toMatchObject({ role: "admin" });
  });

  it("sends a signed-out or suspended visitor to /login", async () => {
    current.user = null;
    await expect(requireAdminPage("/admin")).rejects.toMatchObject({
      digest: expect.stringContaining("/login"),
    });
  });
});
