import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam, safeRedirectPath } from "../_lib/safe-redirect";
import { LoginForm } from "./page-client";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const from = safeRedirectPath(firstParam(params.from));
  if (await getCurrentUser()) redirect(from);
  return <LoginForm from={from} initialError={firstParam(params.error) ?? null} />;
}
