import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";

type Context = { params: Promise<{ nextauth: string[] }> };

// /api/auth/* – next-auth (sign-in, sign-out, session, CSRF) for the web app
async function handler(request: Request, context: Context): Promise<Response> {
  return (await NextAuth(request as never, context as never, authOptions())) as Response;
}

export { handler as GET, handler as POST };
