import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: "user" | "admin" } & DefaultSession["user"];
  }
  interface User {
    role: "user" | "admin";
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: "user" | "admin";
    /** The account's session version at sign-in (lib/auth/revocation.ts). */
    sv?: number;
  }
}
