import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: "user" | "admin" } & DefaultSession["user"];
  }
  interface User {
    role: "user" | "admin";
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: "user" | "admin";
  }
}
