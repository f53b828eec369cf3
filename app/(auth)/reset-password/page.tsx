import type { Metadata } from "next";
import { firstParam } from "../_lib/safe-redirect";
import { ResetPasswordForm } from "./page-client";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token) ?? "";
  return <ResetPasswordForm token={token} />;
}
