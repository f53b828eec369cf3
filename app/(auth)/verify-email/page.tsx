import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { Card, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { clientIp } from "@/lib/api/client-ip";
import { verifyEmail } from "@/lib/auth/email-verification";
import { isAppError } from "@/lib/errors";
import { firstParam } from "../_lib/safe-redirect";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /verify-email?token=… – the link in the verification mail confirms the address
export default async function VerifyEmailPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token);
  const h = await headers();
  let problem: string | null = null;
  try {
    await verifyEmail({ token }, { ip: clientIp(h), userAgent: h.get("user-agent") });
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1 className="text-xl">{problem ? "This link cannot be used" : "Email confirmed"}</h1>
        </CardTitle>
        <CardDescription>
          {problem ?? "Thank you: your email address is confirmed."}
        </CardDescription>
      </CardHeader>
      <CardFooter>
        <Link
          href={problem ? "/profile" : "/dashboard"}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {problem ? "Send a new link from your profile" : "Go to your dashboard"}
        </Link>
      </CardFooter>
    </Card>
  );
}
