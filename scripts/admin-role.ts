// npm run admin:grant -- <email>   makes an existing account an administrator
// npm run admin:revoke -- <email>  takes the role back (never the last active administrator)
// Uses DATABASE_URL when set, else the embedded database in DATA_DIR (stop the app first: one
// process per folder). Every change is written to the audit log (via "cli", actor empty).
import { userInfo } from "node:os";
import { setUserRole } from "@/lib/admin/roles";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";

async function main(): Promise<number> {
  const [command, email] = process.argv.slice(2);
  if ((command !== "grant" && command !== "revoke") || !email) {
    console.error("usage: npm run admin:grant -- <email>  |  npm run admin:revoke -- <email>");
    return 2;
  }
  try {
    const result = await setUserRole(
      { email },
      {
        actorId: null,
        role: command === "grant" ? "admin" : "user",
        via: "cli",
        context: { ip: null, userAgent: `cli (${userInfo().username})` },
      },
    );
    const what = result.role === "admin" ? "an administrator" : "a regular user";
    console.log(`${result.email} ${result.changed ? "is now" : "already was"} ${what}`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(
      error.code === "NOT_FOUND"
        ? `No account with the email ${email}; register it first`
        : error.message,
    );
    return 1;
  }
}

main()
  .then(async (code) => {
    await disconnectDb();
    await closeCache();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
