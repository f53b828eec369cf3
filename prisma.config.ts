import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, and migrate status/deploy where its engine exists).
// The app connects through driver adapters (lib/db/client.ts) and applies migrations itself.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/interviewmaster" },
});
